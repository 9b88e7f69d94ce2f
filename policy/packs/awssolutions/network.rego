package awssolutions.network

import data.awssolutions.lib
import rego.v1

web_ports := {80, 443}

# ingress holds [logical ID, rule] for every ingress rule, inline or not.
ingress contains [name, rule] if {
	some name, sg in lib.resources("AWS::EC2::SecurityGroup")
	some rule in sg.Properties.SecurityGroupIngress
}

ingress contains [name, r.Properties] if {
	some name, r in lib.resources("AWS::EC2::SecurityGroupIngress")
}

open_world(rule) if rule.CidrIp == "0.0.0.0/0"

open_world(rule) if rule.CidrIpv6 == "::/0"

# METADATA
# title: Security group open to the internet beyond web ports
# description: Ingress from 0.0.0.0/0 or ::/0 is allowed only on ports 80 and 443.
# custom:
#   id: STRATA-EC2-1
deny contains lib.result("STRATA-EC2-1", name, sprintf("security group %s allows %s from anywhere", [name, ports(rule)])) if {
	some [name, rule] in ingress
	open_world(rule)
	not web_only(rule)
}

web_only(rule) if {
	rule.IpProtocol == "tcp"
	rule.FromPort == rule.ToPort
	rule.FromPort in web_ports
}

ports(rule) := "all traffic" if rule.IpProtocol == "-1"

ports(rule) := sprintf("%v ports %v-%v", [rule.IpProtocol, rule.FromPort, rule.ToPort]) if rule.IpProtocol != "-1"

# METADATA
# title: Load balancer listener serves plain HTTP
# description: An HTTP listener should only redirect to HTTPS.
# custom:
#   id: STRATA-ELB-1
warn contains lib.result("STRATA-ELB-1", name, sprintf("listener %s serves HTTP without redirecting to HTTPS", [name])) if {
	some name, l in lib.resources("AWS::ElasticLoadBalancingV2::Listener")
	l.Properties.Protocol == "HTTP"
	not redirects(l)
}

redirects(l) if {
	some a in l.Properties.DefaultActions
	a.Type == "redirect"
	a.RedirectConfig.Protocol == "HTTPS"
}
