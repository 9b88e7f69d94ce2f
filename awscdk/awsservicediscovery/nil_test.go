package awsservicediscovery_test

import (
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	sd "github.com/strata-cdk/strata/awscdk/awsservicediscovery"
)

// Nil props end in a clear error naming the construct, never a Go panic trace.
func TestNilProps(t *testing.T) {
	for name, build := range map[string]func(s awscdk.Stack){
		"HttpNamespace":       func(s awscdk.Stack) { sd.NewHttpNamespace(s, str("X"), nil) },
		"PrivateDnsNamespace": func(s awscdk.Stack) { sd.NewPrivateDnsNamespace(s, str("X"), nil) },
		"PrivateNoVpc": func(s awscdk.Stack) {
			sd.NewPrivateDnsNamespace(s, str("X"), &sd.PrivateDnsNamespaceProps{Name: str("n")})
		},
		"PublicDnsNamespace":  func(s awscdk.Stack) { sd.NewPublicDnsNamespace(s, str("X"), nil) },
		"Service":             func(s awscdk.Stack) { sd.NewService(s, str("X"), nil) },
		"IpInstance":          func(s awscdk.Stack) { sd.NewIpInstance(s, str("X"), nil) },
		"CnameInstance":       func(s awscdk.Stack) { sd.NewCnameInstance(s, str("X"), nil) },
		"NonIpInstance":       func(s awscdk.Stack) { sd.NewNonIpInstance(s, str("X"), nil) },
		"AliasTargetInstance": func(s awscdk.Stack) { sd.NewAliasTargetInstance(s, str("X"), nil) },
		"ServiceAttributes":   func(s awscdk.Stack) { sd.Service_FromServiceAttributes(s, str("X"), nil) },
		"HttpAttributes":      func(s awscdk.Stack) { sd.HttpNamespace_FromHttpNamespaceAttributes(s, str("X"), nil) },
		"RegisterLoadBalancer": func(s awscdk.Stack) {
			pub(s).CreateService(str("X"), &sd.DnsServiceProps{LoadBalancer: &[]bool{true}[0]}).RegisterLoadBalancer(str("L"), nil, nil)
		},
	} {
		t.Run(name, func(t *testing.T) {
			err := synthErr(t, func(app awscdk.App) { build(awscdk.NewStack(app, str("S"), nil)) })
			if err == nil || !strings.Contains(err.Error(), "S/") {
				t.Fatalf("want an error naming the construct, got %v", err)
			}
		})
	}
}

// A service's register methods hand the instances the service itself, and
// imported namespaces keep their kind.
func TestRegisterAndImports(t *testing.T) {
	app := awscdk.NewApp(nil)
	s := awscdk.NewStack(app, str("S"), nil)
	ns := pub(s)
	svc := ns.CreateService(str("Svc"), nil)
	inst := svc.RegisterIpInstance(str("I"), &sd.IpInstanceBaseProps{Ipv4: str("1.1.1.1")})
	if inst.Service() != svc {
		t.Errorf("instance's service is %v, want the service", inst.Service())
	}
	if got := *inst.(sd.IpInstance).Port(); got != 80 {
		t.Errorf("port %v, want 80", got)
	}
	if inst.InstanceRef().ServiceId != svc.ServiceId() {
		t.Errorf("InstanceRef names another service")
	}
	if svc.Namespace() != ns || ns.Type() != sd.NamespaceType_DNS_PUBLIC {
		t.Errorf("namespace %v of type %v", svc.Namespace(), ns.Type())
	}
	if *sd.Service_IsResource(svc) != true || *sd.PublicDnsNamespace_IsConstruct(ns) != true {
		t.Errorf("statics disagree")
	}
}
