package awssolutions.compute

import data.awssolutions.lib
import rego.v1

# Runtimes AWS Lambda no longer updates or lets new functions use.
deprecated_runtimes := {
	"nodejs", "nodejs4.3", "nodejs4.3-edge", "nodejs6.10", "nodejs8.10", "nodejs10.x", "nodejs12.x",
	"nodejs14.x", "nodejs16.x", "python2.7", "python3.6", "python3.7", "python3.8", "ruby2.5",
	"ruby2.7", "java8", "dotnetcore1.0", "dotnetcore2.0", "dotnetcore2.1", "dotnetcore3.1",
	"dotnet5.0", "dotnet6", "go1.x", "provided",
}

# METADATA
# title: Lambda function on a deprecated runtime
# custom:
#   id: STRATA-LAMBDA-1
deny contains lib.result("STRATA-LAMBDA-1", name, sprintf("function %s uses the deprecated runtime %s", [name, f.Properties.Runtime])) if {
	some name, f in lib.resources("AWS::Lambda::Function")
	f.Properties.Runtime in deprecated_runtimes
}

# METADATA
# title: Lambda function without active tracing
# custom:
#   id: STRATA-LAMBDA-2
warn contains lib.result("STRATA-LAMBDA-2", name, sprintf("function %s does not trace requests with X-Ray", [name])) if {
	some name, f in lib.resources("AWS::Lambda::Function")
	not f.Properties.TracingConfig.Mode == "Active"
	not framework_handler(name, f)
}

# aws-cdk-lib's own handlers (custom-resource providers, bucket
# notifications, bucket deployments) are not the app's to instrument.
framework_handler(name, _) if startswith(name, "Custom")

framework_handler(name, _) if startswith(name, "BucketNotificationsHandler")

framework_handler(_, f) if contains(f.Metadata["aws:cdk:path"], "/Custom::")

# METADATA
# title: REST API method without authorization
# custom:
#   id: STRATA-APIG-1
warn contains lib.result("STRATA-APIG-1", name, sprintf("method %s %s has no authorizer", [name, m.Properties.HttpMethod])) if {
	some name, m in lib.resources("AWS::ApiGateway::Method")
	m.Properties.HttpMethod != "OPTIONS"
	object.get(m.Properties, "AuthorizationType", "NONE") == "NONE"
	not m.Properties.ApiKeyRequired == true
}

warn contains lib.result("STRATA-APIG-1", name, sprintf("route %s has no authorizer", [name])) if {
	some name, r in lib.resources("AWS::ApiGatewayV2::Route")
	not startswith(r.Properties.RouteKey, "OPTIONS ")
	object.get(r.Properties, "AuthorizationType", "NONE") == "NONE"
}

# METADATA
# title: API stage without access logging
# custom:
#   id: STRATA-APIG-2
warn contains lib.result("STRATA-APIG-2", name, sprintf("stage %s writes no access logs", [name])) if {
	some t in {"AWS::ApiGateway::Stage", "AWS::ApiGatewayV2::Stage"}
	some name, s in lib.resources(t)
	not s.Properties.AccessLogSetting
	not s.Properties.AccessLogSettings
}

# METADATA
# title: CloudFront lets viewers use plain HTTP
# custom:
#   id: STRATA-CF-1
warn contains lib.result("STRATA-CF-1", name, sprintf("distribution %s allows HTTP viewers", [name])) if {
	some name, d in lib.resources("AWS::CloudFront::Distribution")
	d.Properties.DistributionConfig.DefaultCacheBehavior.ViewerProtocolPolicy == "allow-all"
}
