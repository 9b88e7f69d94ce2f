// Command yoctogram is Yoctogram, the course photo-sharing app, as a
// Strata user writes it in Go: four stacks that pass their resources to
// each other through props.
//
//   - YoctogramDnsStack: the public hosted zone and a DNS-validated
//     certificate for the domain and its subdomains.
//   - YoctogramNetworkStack: a two-AZ VPC with public, private and isolated
//     subnets and one NAT gateway.
//   - YoctogramDataStack: an Aurora PostgreSQL cluster with a serverless v2
//     writer and reader and a generated secret, and the images bucket.
//   - YoctogramAppStack: the API as a Fargate service behind an HTTPS load
//     balancer (HTTP redirected, circuit breaker, health check, CPU
//     autoscaling, database credentials from the cluster's secret, its own
//     generated secret key, access to the database), the web bucket and the
//     API behind one CloudFront distribution, and the domain's A and AAAA
//     aliases to it.
//
// Usage:
//
//	strata synth
//	strata deploy --all
package main

import (
	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awsapplicationautoscaling"
	"github.com/strata-cdk/strata/awscdk/awscertificatemanager"
	"github.com/strata-cdk/strata/awscdk/awscloudfront"
	"github.com/strata-cdk/strata/awscdk/awscloudfrontorigins"
	"github.com/strata-cdk/strata/awscdk/awsec2"
	"github.com/strata-cdk/strata/awscdk/awsecs"
	"github.com/strata-cdk/strata/awscdk/awsecspatterns"
	"github.com/strata-cdk/strata/awscdk/awselasticloadbalancingv2"
	"github.com/strata-cdk/strata/awscdk/awsrds"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/awscdk/awsroute53targets"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/awssecretsmanager"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

const domain = "yoctogram.example.com"

// DnsStack holds the zone and the certificate the other stacks use.
type DnsStack struct {
	awscdk.Stack
	Zone        awsroute53.IHostedZone
	Certificate awscertificatemanager.ICertificate
}

func NewDnsStack(scope constructs.Construct, id string, props *awscdk.StackProps) *DnsStack {
	stack := awscdk.NewStack(scope, &id, props)
	zone := awsroute53.NewPublicHostedZone(stack, jsii.String("Zone"), &awsroute53.PublicHostedZoneProps{
		ZoneName: jsii.String(domain),
	})
	cert := awscertificatemanager.NewCertificate(stack, jsii.String("Certificate"), &awscertificatemanager.CertificateProps{
		DomainName:              jsii.String(domain),
		SubjectAlternativeNames: jsii.Strings("*." + domain),
		Validation:              awscertificatemanager.CertificateValidation_FromDns(zone),
	})
	return &DnsStack{Stack: stack, Zone: zone, Certificate: cert}
}

// NetworkStack is the VPC.
type NetworkStack struct {
	awscdk.Stack
	Vpc awsec2.IVpc
}

func NewNetworkStack(scope constructs.Construct, id string, props *awscdk.StackProps) *NetworkStack {
	stack := awscdk.NewStack(scope, &id, props)
	vpc := awsec2.NewVpc(stack, jsii.String("Vpc"), &awsec2.VpcProps{
		IpAddresses: awsec2.IpAddresses_Cidr(jsii.String("10.0.0.0/16")),
		MaxAzs:      jsii.Number(2),
		NatGateways: jsii.Number(1),
		SubnetConfiguration: &[]*awsec2.SubnetConfiguration{
			{Name: jsii.String("Public"), SubnetType: awsec2.SubnetType_PUBLIC, CidrMask: jsii.Number(24)},
			{Name: jsii.String("Private"), SubnetType: awsec2.SubnetType_PRIVATE_WITH_EGRESS, CidrMask: jsii.Number(24)},
			{Name: jsii.String("Database"), SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED, CidrMask: jsii.Number(24)},
		},
	})
	return &NetworkStack{Stack: stack, Vpc: vpc}
}

// DataStack holds the database and the images bucket.
type DataStack struct {
	awscdk.Stack
	Database awsrds.DatabaseCluster
	Images   awss3.IBucket
}

type DataStackProps struct {
	awscdk.StackProps
	Vpc awsec2.IVpc
}

func NewDataStack(scope constructs.Construct, id string, props *DataStackProps) *DataStack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)
	db := awsrds.NewDatabaseCluster(stack, jsii.String("Database"), &awsrds.DatabaseClusterProps{
		Engine: awsrds.DatabaseClusterEngine_AuroraPostgres(&awsrds.AuroraPostgresClusterEngineProps{
			Version: awsrds.AuroraPostgresEngineVersion_VER_16_4(),
		}),
		Credentials:         awsrds.Credentials_FromGeneratedSecret(jsii.String("yoctogram"), nil),
		DefaultDatabaseName: jsii.String("yoctogram"),
		Writer:              awsrds.ClusterInstance_ServerlessV2(jsii.String("Writer"), nil),
		Readers: &[]awsrds.IClusterInstance{
			awsrds.ClusterInstance_ServerlessV2(jsii.String("Reader"), &awsrds.ServerlessV2ClusterInstanceProps{ScaleWithWriter: jsii.Bool(true)}),
		},
		ServerlessV2MinCapacity: jsii.Number(0.5),
		ServerlessV2MaxCapacity: jsii.Number(4),
		Vpc:                     props.Vpc,
		VpcSubnets:              &awsec2.SubnetSelection{SubnetType: awsec2.SubnetType_PRIVATE_ISOLATED},
		StorageEncrypted:        jsii.Bool(true),
	})
	images := awss3.NewBucket(stack, jsii.String("Images"), &awss3.BucketProps{
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
		Encryption:        awss3.BucketEncryption_S3_MANAGED,
		EnforceSSL:        jsii.Bool(true),
		Cors: &[]*awss3.CorsRule{{
			AllowedMethods: &[]awss3.HttpMethods{awss3.HttpMethods_GET, awss3.HttpMethods_PUT},
			AllowedOrigins: jsii.Strings("https://" + domain),
			AllowedHeaders: jsii.Strings("*"),
		}},
	})
	return &DataStack{Stack: stack, Database: db, Images: images}
}

type AppStackProps struct {
	awscdk.StackProps
	Vpc         awsec2.IVpc
	Zone        awsroute53.IHostedZone
	Certificate awscertificatemanager.ICertificate
	Database    awsrds.DatabaseCluster
	Images      awss3.IBucket
}

func NewAppStack(scope constructs.Construct, id string, props *AppStackProps) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, &props.StackProps)

	secretKey := awssecretsmanager.NewSecret(stack, jsii.String("SecretKey"), &awssecretsmanager.SecretProps{
		GenerateSecretString: &awssecretsmanager.SecretStringGenerator{
			PasswordLength:     jsii.Number(64),
			ExcludePunctuation: jsii.Bool(true),
		},
	})
	dbSecret := props.Database.Secret()

	cluster := awsecs.NewCluster(stack, jsii.String("Cluster"), &awsecs.ClusterProps{
		Vpc:                 props.Vpc,
		ContainerInsightsV2: awsecs.ContainerInsights_ENABLED,
	})
	api := awsecspatterns.NewApplicationLoadBalancedFargateService(stack, jsii.String("Api"), &awsecspatterns.ApplicationLoadBalancedFargateServiceProps{
		Cluster:           cluster,
		Cpu:               jsii.Number(512),
		MemoryLimitMiB:    jsii.Number(1024),
		DesiredCount:      jsii.Number(2),
		MinHealthyPercent: jsii.Number(100),
		TaskImageOptions: &awsecspatterns.ApplicationLoadBalancedTaskImageOptions{
			Image:         awsecs.ContainerImage_FromRegistry(jsii.String("public.ecr.aws/yoctogram/api:latest"), nil),
			ContainerPort: jsii.Number(8000),
			Environment: &map[string]*string{
				"IMAGES_BUCKET": props.Images.BucketName(),
				"DB_HOST":       props.Database.ClusterEndpoint().Hostname(),
				"DB_NAME":       jsii.String("yoctogram"),
			},
			Secrets: &map[string]awsecs.Secret{
				"DB_USER":     awsecs.Secret_FromSecretsManager(dbSecret, jsii.String("username")),
				"DB_PASSWORD": awsecs.Secret_FromSecretsManager(dbSecret, jsii.String("password")),
				"SECRET_KEY":  awsecs.Secret_FromSecretsManager(secretKey, nil),
			},
		},
		Certificate:        props.Certificate,
		DomainName:         jsii.String("api." + domain),
		DomainZone:         props.Zone,
		Protocol:           awselasticloadbalancingv2.ApplicationProtocol_HTTPS,
		RedirectHTTP:       jsii.Bool(true),
		CircuitBreaker:     &awsecs.DeploymentCircuitBreaker{Rollback: jsii.Bool(true)},
		PublicLoadBalancer: jsii.Bool(true),
	})
	api.TargetGroup().ConfigureHealthCheck(&awselasticloadbalancingv2.HealthCheck{
		Path:             jsii.String("/api/v1/health"),
		HealthyHttpCodes: jsii.String("200"),
	})
	scaling := api.Service().AutoScaleTaskCount(&awsapplicationautoscaling.EnableScalingProps{
		MinCapacity: jsii.Number(2),
		MaxCapacity: jsii.Number(6),
	})
	scaling.ScaleOnCpuUtilization(jsii.String("CpuScaling"), &awsecs.CpuUtilizationScalingProps{
		TargetUtilizationPercent: jsii.Number(60),
	})
	// The rule goes in this stack (the database's stack must not depend on it).
	api.Service().Connections().AllowToDefaultPort(props.Database, jsii.String("to the database"))
	props.Images.GrantReadWrite(api.TaskDefinition().TaskRole(), nil)

	web := awss3.NewBucket(stack, jsii.String("Web"), &awss3.BucketProps{
		BlockPublicAccess: awss3.BlockPublicAccess_BLOCK_ALL(),
		Encryption:        awss3.BucketEncryption_S3_MANAGED,
		EnforceSSL:        jsii.Bool(true),
	})
	spa := func(status float64) *awscloudfront.ErrorResponse {
		return &awscloudfront.ErrorResponse{
			HttpStatus:         jsii.Number(status),
			ResponseHttpStatus: jsii.Number(200),
			ResponsePagePath:   jsii.String("/index.html"),
			Ttl:                awscdk.Duration_Minutes(jsii.Number(5)),
		}
	}
	cdn := awscloudfront.NewDistribution(stack, jsii.String("Cdn"), &awscloudfront.DistributionProps{
		DefaultBehavior: &awscloudfront.BehaviorOptions{
			Origin:               awscloudfrontorigins.S3BucketOrigin_WithOriginAccessControl(web, nil),
			ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
		},
		AdditionalBehaviors: &map[string]*awscloudfront.BehaviorOptions{
			"/api/*": {
				Origin: awscloudfrontorigins.NewLoadBalancerV2Origin(api.LoadBalancer(), &awscloudfrontorigins.LoadBalancerV2OriginProps{
					ProtocolPolicy: awscloudfront.OriginProtocolPolicy_HTTPS_ONLY,
				}),
				ViewerProtocolPolicy: awscloudfront.ViewerProtocolPolicy_REDIRECT_TO_HTTPS,
				AllowedMethods:       awscloudfront.AllowedMethods_ALLOW_ALL(),
				CachePolicy:          awscloudfront.CachePolicy_CACHING_DISABLED(),
				OriginRequestPolicy:  awscloudfront.OriginRequestPolicy_ALL_VIEWER(),
			},
		},
		DomainNames:       jsii.Strings(domain),
		Certificate:       props.Certificate,
		DefaultRootObject: jsii.String("index.html"),
		ErrorResponses:    &[]*awscloudfront.ErrorResponse{spa(403), spa(404)},
	})
	target := awsroute53.RecordTarget_FromAlias(awsroute53targets.NewCloudFrontTarget(cdn))
	awsroute53.NewARecord(stack, jsii.String("Alias"), &awsroute53.ARecordProps{Zone: props.Zone, Target: target})
	awsroute53.NewAaaaRecord(stack, jsii.String("AliasV6"), &awsroute53.AaaaRecordProps{Zone: props.Zone, Target: target})

	awscdk.NewCfnOutput(stack, jsii.String("CdnDomain"), &awscdk.CfnOutputProps{Value: cdn.DistributionDomainName()})
	return stack
}

func main() {
	defer jsii.Close()

	app := awscdk.NewApp(nil)
	env := env()
	dns := NewDnsStack(app, "YoctogramDnsStack", &awscdk.StackProps{Env: env})
	network := NewNetworkStack(app, "YoctogramNetworkStack", &awscdk.StackProps{Env: env})
	data := NewDataStack(app, "YoctogramDataStack", &DataStackProps{StackProps: awscdk.StackProps{Env: env}, Vpc: network.Vpc})
	NewAppStack(app, "YoctogramAppStack", &AppStackProps{
		StackProps:  awscdk.StackProps{Env: env},
		Vpc:         network.Vpc,
		Zone:        dns.Zone,
		Certificate: dns.Certificate,
		Database:    data.Database,
		Images:      data.Images,
	})
	app.Synth(nil)
}

// env pins the stacks to one account and region (CloudFront certificates
// live in us-east-1): put yours here.
func env() *awscdk.Environment {
	return &awscdk.Environment{
		Account: jsii.String("123456789012"),
		Region:  jsii.String("us-east-1"),
	}
}
