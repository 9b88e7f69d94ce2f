package awsecspatterns_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

// The course app's four stacks, each taking what it needs from the others
// through Go values, as the Yoctogram program passes them in its props.
type yoctoDNS struct {
	zone awsroute53.IHostedZone
	cert awscertificatemanager.ICertificate
}

type yoctoNetwork struct{ cluster awsecs.ICluster }

type yoctoData struct {
	dbSg     awsec2.ISecurityGroup
	dbSecret awssecretsmanager.ISecret
}

func yoctoApp(app awscdk.App) {
	dnsStack := awscdk.NewStack(app, jsii.String("YoctoDns"), nil)
	zone := awsroute53.NewPublicHostedZone(dnsStack, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{ZoneName: jsii.String("yocto.example.com")})
	dns := yoctoDNS{zone: zone, cert: awscertificatemanager.NewCertificate(dnsStack, jsii.String("Cert"), &awscertificatemanager.CertificateProps{
		DomainName: jsii.String("yocto.example.com"), SubjectAlternativeNames: jsii.Strings("*.yocto.example.com"),
		Validation: awscertificatemanager.CertificateValidation_FromDns(zone),
	})}

	netStack := awscdk.NewStack(app, jsii.String("YoctoNetwork"), nil)
	v := awsec2.NewVpc(netStack, jsii.String("Vpc"), &awsec2.VpcProps{MaxAzs: jsii.Number(2), NatGateways: jsii.Number(1)})
	network := yoctoNetwork{cluster: awsecs.NewCluster(netStack, jsii.String("Cluster"), &awsecs.ClusterProps{Vpc: v})}

	dataStack := awscdk.NewStack(app, jsii.String("YoctoData"), nil)
	data := yoctoData{
		dbSg: awsec2.NewSecurityGroup(dataStack, jsii.String("DbSg"), &awsec2.SecurityGroupProps{Vpc: v, Description: jsii.String("database")}),
		dbSecret: awssecretsmanager.NewSecret(dataStack, jsii.String("DbSecret"), &awssecretsmanager.SecretProps{
			GenerateSecretString: &awssecretsmanager.SecretStringGenerator{
				SecretStringTemplate: jsii.String(`{"username":"yocto"}`), GenerateStringKey: jsii.String("password"), ExcludePunctuation: jsii.Bool(true),
			},
		}),
	}

	compute := awscdk.NewStack(app, jsii.String("YoctoCompute"), nil)
	jwt := awssecretsmanager.NewSecret(compute, jsii.String("JwtSecret"), nil)
	svc := awsecspatterns.NewApplicationLoadBalancedFargateService(compute, jsii.String("Api"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
		Cluster:        network.cluster,
		Cpu:            jsii.Number(256),
		MemoryLimitMiB: jsii.Number(512),
		TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
			Image:         awsecs.ContainerImage_FromRegistry(jsii.String("ghcr.io/yoctogram/api:latest"), nil),
			ContainerPort: jsii.Number(80),
			Environment:   &map[string]*string{"PRODUCTION": jsii.String("true")},
			Secrets: &map[string]awsecs.Secret{
				"JWT_SECRET":        awsecs.Secret_FromSecretsManager(jwt, nil),
				"POSTGRES_PASSWORD": awsecs.Secret_FromSecretsManager(data.dbSecret, jsii.String("password")),
				"POSTGRES_USER":     awsecs.Secret_FromSecretsManager(data.dbSecret, jsii.String("username")),
			},
		},
		Certificate:    dns.cert,
		DomainName:     jsii.String("api.yocto.example.com"),
		DomainZone:     dns.zone,
		Protocol:       awselasticloadbalancingv2.ApplicationProtocol_HTTPS,
		RedirectHTTP:   jsii.Bool(true),
		CircuitBreaker: &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)},
	})
	svc.TargetGroup().ConfigureHealthCheck(&awselasticloadbalancingv2.HealthCheck{Path: jsii.String("/api/v1/health")})
	svc.Service().AutoScaleTaskCount(&awsapplicationautoscaling.EnableScalingProps{MaxCapacity: jsii.Number(4)}).
		ScaleOnCpuUtilization(jsii.String("Cpu"), &awsecs.CpuUtilizationScalingProps{TargetUtilizationPercent: jsii.Number(60)})
	svc.Service().Connections().AllowTo(data.dbSg, awsec2.Port_Tcp(jsii.Number(5432)), jsii.String("to the database"))
}

// TestYoctogramStacks: the pattern across four stacks (weak references to
// the zone, certificate, cluster, VPC subnets, secret and security group).
func TestYoctogramStacks(t *testing.T) {
	golden.CheckApp(t, []string{"YoctoDns", "YoctoNetwork", "YoctoData", "YoctoCompute"}, yoctoApp, ownHandler)
}
