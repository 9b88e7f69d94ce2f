package awslogs_test

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awscloudwatch"
	"github.com/strata-cdk/strata/awscdk/awsiam"
	"github.com/strata-cdk/strata/awscdk/awskms"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/awscdk/interfaces/interfacesawslogs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

var s = jsii.String

// fixedDestination is neither Lambda nor Kinesis: a fixed ARN and role.
type fixedDestination struct {
	arn  string
	role awsiam.IRole
}

func (d *fixedDestination) Bind(constructs.Construct, interfacesawslogs.ILogGroupRef) *awslogs.LogSubscriptionDestinationConfig {
	return &awslogs.LogSubscriptionDestinationConfig{Arn: s(d.arn), Role: d.role}
}

func out(st awscdk.Stack, id string, v *string) {
	awscdk.NewCfnOutput(st, s(id), &awscdk.CfnOutputProps{Value: v})
}

func TestTemplates(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(st awscdk.Stack){
		"Default": func(st awscdk.Stack) {
			awslogs.NewLogGroup(st, s("Plain"), nil)
			awslogs.NewLogGroup(st, s("Named"), &awslogs.LogGroupProps{
				LogGroupName: s("my-group"), Retention: awslogs.RetentionDays_ONE_WEEK, RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
				LogGroupClass: awslogs.LogGroupClass_INFREQUENT_ACCESS, DeletionProtectionEnabled: jsii.Bool(true),
				EncryptionKey: awskms.NewKey(st, s("Key"), nil),
			})
			awslogs.NewLogGroup(st, s("Forever"), &awslogs.LogGroupProps{Retention: awslogs.RetentionDays_INFINITE})
			awslogs.NewLogGroup(st, s("Delivery"), &awslogs.LogGroupProps{LogGroupClass: awslogs.LogGroupClass_DELIVERY})
		},
		"Metrics": func(st awscdk.Stack) {
			g := awslogs.NewLogGroup(st, s("G"), nil)
			alarm := func(id string, m awscloudwatch.IMetric) {
				awscloudwatch.NewAlarm(st, s(id), &awscloudwatch.AlarmProps{Metric: m, Threshold: jsii.Number(1), EvaluationPeriods: jsii.Number(1)})
			}
			alarm("Extracted", g.ExtractMetric(s("$.latency"), s("App"), s("Latency")))
			alarm("Bytes", g.MetricIncomingBytes(nil))
			alarm("Events", g.MetricIncomingLogEvents(&awscloudwatch.MetricOptions{Period: awscdk.Duration_Minutes(jsii.Number(1)), Statistic: s("Maximum")}))
			alarm("Custom", g.Metric(s("ForwardedBytes"), &awscloudwatch.MetricOptions{Label: s("fwd")}))
			f := g.AddMetricFilter(s("Filter"), &awslogs.MetricFilterOptions{FilterPattern: awslogs.FilterPattern_AllEvents(), MetricName: s("Count"),
				MetricNamespace: s("App"), Unit: awscloudwatch.Unit_COUNT})
			alarm("FromFilter", f.Metric(nil))
			alarm("FromFilterSum", f.Metric(&awscloudwatch.MetricOptions{Statistic: s("Sum")}))
		},
		"Patterns": func(st awscdk.Stack) {
			awslogs.NewLogGroup(st, s("Anchor"), nil)
			all := awslogs.FilterPattern_All(awslogs.FilterPattern_StringValue(s("$.a"), s("="), s("x")),
				awslogs.FilterPattern_Any(awslogs.FilterPattern_NumberValue(s("$.b"), s("<"), jsii.Number(3)), awslogs.FilterPattern_IsNull(s("$.c"))))
			sv := awslogs.FilterPattern_StringValue(s("$.field"), s("=="), s(`va"lue`))
			pats := []struct {
				id string
				p  awslogs.IFilterPattern
			}{
				{"Literal", awslogs.FilterPattern_Literal(s(`ERROR "quoted"`))},
				{"AllEvents", awslogs.FilterPattern_AllEvents()},
				{"AllTerms", awslogs.FilterPattern_AllTerms(s("ERROR"), s("MainThread"), s(`a"b\c`))},
				{"AnyTerm", awslogs.FilterPattern_AnyTerm(s("ERROR"), s("WARN"))},
				{"AnyTermOne", awslogs.FilterPattern_AnyTerm(s("ERROR"))},
				{"AnyTermGroup", awslogs.FilterPattern_AnyTermGroup(&[]*string{s("ERROR"), s("MainThread")}, &[]*string{s("WARN"), s("Other")})},
				{"StringValue", sv},
				{"StringNe", awslogs.FilterPattern_StringValue(s("$.field"), s("!="), s("*"))},
				{"NumberValue", awslogs.FilterPattern_NumberValue(s("$.n"), s(">="), jsii.Number(1.5))},
				{"NumberEq", awslogs.FilterPattern_NumberValue(s("$.n"), s("=="), jsii.Number(100))},
				{"Regex", awslogs.FilterPattern_RegexValue(s("$.msg"), s("="), s("err.*"))},
				{"IsNull", awslogs.FilterPattern_IsNull(s("$.x"))},
				{"NotExists", awslogs.FilterPattern_NotExists(s("$.x"))},
				{"Exists", awslogs.FilterPattern_Exists(s("$.x"))},
				{"True", awslogs.FilterPattern_BooleanValue(s("$.b"), jsii.Bool(true))},
				{"False", awslogs.FilterPattern_BooleanValue(s("$.b"), jsii.Bool(false))},
				{"All", all},
				{"AllOne", awslogs.FilterPattern_All(awslogs.FilterPattern_Exists(s("$.a")))},
				{"Space", awslogs.FilterPattern_SpaceDelimited(s("ip"), s("user"), s("..."), s("status"), s("bytes"))},
				{"SpaceWhere", awslogs.FilterPattern_SpaceDelimited(s("ip"), s("status"), s("size")).WhereString(s("ip"), s("="), s("10.*")).
					WhereNumber(s("status"), s(">="), jsii.Number(400)).WhereNumber(s("status"), s("<"), jsii.Number(500))},
			}
			for _, p := range pats {
				out(st, p.id, p.p.LogPatternString())
			}
			out(st, "AllJson", all.JsonPatternString())
			out(st, "StringValueJson", sv.JsonPatternString())
			q1 := awslogs.NewQueryString(&awslogs.QueryStringProps{Fields: &[]*string{s("@timestamp"), s("@message")}, Parse: s(`@message "[*] *" as level, msg`),
				Filter: s(`level = "ERROR"`), Stats: s("count() by bin(5m)"), Sort: s("@timestamp desc"), Limit: jsii.Number(20), Display: s("level, msg")})
			q2 := awslogs.NewQueryString(&awslogs.QueryStringProps{ParseStatements: &[]*string{s("a"), s("b")}, FilterStatements: &[]*string{s("c"), s("d")},
				StatsStatements: &[]*string{s("e"), s("f")}, Filter: s("ignored")})
			q3 := awslogs.NewQueryString(&awslogs.QueryStringProps{})
			out(st, "Q1", q1.ToString())
			out(st, "Q2", q2.ToString())
			q3s := *q3.ToString()
			if q3s == "" {
				q3s = "empty"
			}
			out(st, "Q3", s(q3s))
			ids := []awslogs.DataIdentifier{awslogs.DataIdentifier_EMAILADDRESS(), awslogs.DataIdentifier_DRIVERSLICENSE_US(),
				awslogs.NewCustomDataIdentifier(s("EmployeeId"), s(`EmployeeId-\d{9}`))}
			var parts []string
			for _, i := range ids {
				parts = append(parts, *i.Name()+"|"+*i.ToString())
			}
			out(st, "Ids", s(strings.Join(parts, ",")))
		},
		"Filters": func(st awscdk.Stack) {
			lg := awslogs.NewLogGroup(st, s("Group"), nil)
			lg.AddMetricFilter(s("Errors"), &awslogs.MetricFilterOptions{FilterPattern: awslogs.FilterPattern_AnyTerm(s("ERROR")), MetricNamespace: s("App"), MetricName: s("Errors")})
			awslogs.NewMetricFilter(st, s("Latency"), &awslogs.MetricFilterProps{
				LogGroup: lg, FilterPattern: awslogs.FilterPattern_Exists(s("$.latency")), MetricNamespace: s("App"), MetricName: s("Latency"),
				MetricValue: s("$.latency"), DefaultValue: jsii.Number(0), Dimensions: &map[string]*string{"Service": s("$.service"), "Api": s("$.api")},
				FilterName: s("latency-filter"), ApplyOnTransformedLogs: jsii.Bool(true),
			})
			role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("logs.amazonaws.com"), nil)})
			lg.AddSubscriptionFilter(s("Sub"), &awslogs.SubscriptionFilterOptions{Destination: &fixedDestination{"arn:aws:firehose:us-east-1:111111111111:deliverystream/s", role},
				FilterPattern: awslogs.FilterPattern_AllEvents()})
			lg2 := awslogs.NewLogGroup(st, s("Group2"), nil)
			awslogs.NewSubscriptionFilter(st, s("Sub2"), &awslogs.SubscriptionFilterProps{LogGroup: lg2, Destination: &fixedDestination{arn: "arn:aws:lambda:us-east-1:111111111111:function:f"},
				FilterPattern: awslogs.FilterPattern_Literal(s("[a, b]")), FilterName: s("named")})
			dest := awslogs.NewCrossAccountDestination(st, s("Dest"), &awslogs.CrossAccountDestinationProps{Role: role, TargetArn: s("arn:aws:kinesis:us-east-1:111111111111:stream/x")})
			dest.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("logs:PutSubscriptionFilter")},
				Principals: &[]awsiam.IPrincipal{awsiam.NewAccountPrincipal(s("222222222222"))}, Resources: &[]*string{s("*")}}))
			lg.AddSubscriptionFilter(s("ToDest"), &awslogs.SubscriptionFilterOptions{Destination: dest, FilterPattern: awslogs.FilterPattern_AllEvents()})
			named := awslogs.NewCrossAccountDestination(st, s("Named"), &awslogs.CrossAccountDestinationProps{Role: role,
				TargetArn: s("arn:aws:kinesis:us-east-1:111111111111:stream/y"), DestinationName: s("named-dest")})
			named.AddToPolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("logs:PutSubscriptionFilter")},
				Principals: &[]awsiam.IPrincipal{awsiam.NewArnPrincipal(s("arn:aws:iam::333333333333:root"))}, Resources: &[]*string{s("*")}}))
			out(st, "DestArn", dest.DestinationArn())
			out(st, "DestName", dest.DestinationName())
		},
		"Streams": func(st awscdk.Stack) {
			lg := awslogs.NewLogGroup(st, s("Group"), nil)
			a := lg.AddStream(s("A"), nil)
			b := lg.AddStream(s("B"), &awslogs.StreamOptions{LogStreamName: s("b-stream")})
			awslogs.NewLogStream(st, s("C"), &awslogs.LogStreamProps{LogGroup: lg, RemovalPolicy: awscdk.RemovalPolicy_DESTROY})
			imp := awslogs.LogStream_FromLogStreamAttributes(st, s("Imp"), &awslogs.LogStreamAttributes{LogGroupName: s("g"), LogStreamName: s("st")})
			byName := awslogs.LogStream_FromLogStreamName(st, s("ByName"), s("other"))
			out(st, "A", a.LogStreamName())
			out(st, "B", b.LogStreamName())
			out(st, "ImpOut", s(*imp.LogStreamRef().LogGroupName+"/"+*imp.LogStreamName()+"/"+*byName.LogStreamName()))
			qd := awslogs.NewQueryDefinition(st, s("Query"), &awslogs.QueryDefinitionProps{
				QueryDefinitionName: s("errors"), LogGroups: &[]interfacesawslogs.ILogGroupRef{lg},
				QueryString: awslogs.NewQueryString(&awslogs.QueryStringProps{Fields: &[]*string{s("@timestamp")}, Filter: s("@message like /ERROR/"),
					Sort: s("@timestamp desc"), Limit: jsii.Number(50)}),
			})
			awslogs.NewQueryDefinition(st, s("NoGroups"), &awslogs.QueryDefinitionProps{QueryDefinitionName: s("all"),
				QueryString: awslogs.NewQueryString(&awslogs.QueryStringProps{StatsStatements: &[]*string{s("count()"), s("sum(x)")}, Stats: s("ignored")})})
			out(st, "QueryId", qd.QueryDefinitionId())
		},
		"Policies": func(st awscdk.Stack) {
			lg := awslogs.NewLogGroup(st, s("Group"), nil)
			role := awsiam.NewRole(st, s("Role"), &awsiam.RoleProps{AssumedBy: awsiam.NewServicePrincipal(s("lambda.amazonaws.com"), nil)})
			lg.GrantWrite(role)
			lg.GrantRead(role)
			lg.Grant(role, s("logs:PutRetentionPolicy"))
			lg.Grants().Actions(role, &[]*string{s("logs:TagResource")}, &awscdk.PermissionsOptions{ResourceArns: &[]*string{s("*")}})
			lg.GrantWrite(awsiam.NewAccountPrincipal(s("222222222222")))
			lg.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("logs:PutLogEvents")}, Resources: &[]*string{lg.LogGroupArn()},
				Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(s("es.amazonaws.com"), nil), awsiam.NewArnPrincipal(s("arn:aws:iam::333333333333:role/r")), awsiam.NewArnPrincipal(s("*"))}}))
			imported := awslogs.LogGroup_FromLogGroupName(st, s("Imported"), s("existing"))
			imported.GrantWrite(role)
			imported.AddToResourcePolicy(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("logs:*")}, Resources: &[]*string{s("*")},
				Principals: &[]awsiam.IPrincipal{awsiam.NewAnyPrincipal()}}))
			byArn := awslogs.LogGroup_FromLogGroupArn(st, s("ByArn"), s("arn:aws:logs:eu-west-1:444444444444:log-group:other:*"))
			byArn.GrantRead(role)
			out(st, "ByArnName", s(*byArn.LogGroupName()+"|"+*byArn.LogGroupArn()))
			rp := awslogs.NewResourcePolicy(st, s("Shared"), &awslogs.ResourcePolicyProps{ResourcePolicyName: s("shared"), PolicyStatements: &[]awsiam.PolicyStatement{
				awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("logs:CreateLogStream")}, Resources: &[]*string{lg.LogGroupArn()},
					Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(s("delivery.logs.amazonaws.com"), nil)}}),
			}})
			rp.Document().AddStatements(awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("logs:PutLogEvents")}, Resources: &[]*string{s("*")},
				Principals: &[]awsiam.IPrincipal{awsiam.NewServicePrincipal(s("route53.amazonaws.com"), nil)}}))
			awslogs.NewResourcePolicy(st, s("Unnamed"), &awslogs.ResourcePolicyProps{PolicyStatements: &[]awsiam.PolicyStatement{
				awsiam.NewPolicyStatement(&awsiam.PolicyStatementProps{Actions: &[]*string{s("logs:*")}, Resources: &[]*string{s("*")},
					Principals: &[]awsiam.IPrincipal{awsiam.NewAccountRootPrincipal()}})}})
			audit := awslogs.NewLogGroup(st, s("Audit"), nil)
			bucket := awss3.NewBucket(st, s("Bucket"), nil)
			awslogs.NewLogGroup(st, s("Protected"), &awslogs.LogGroupProps{
				DataProtectionPolicy: awslogs.NewDataProtectionPolicy(&awslogs.DataProtectionPolicyProps{
					Name: s("policy"), Description: s("desc"),
					Identifiers: &[]awslogs.DataIdentifier{awslogs.DataIdentifier_EMAILADDRESS(), awslogs.DataIdentifier_DRIVERSLICENSE_US(),
						awslogs.NewDataIdentifier(s("CustomManaged")), awslogs.NewCustomDataIdentifier(s("EmployeeId"), s(`EmployeeId-\d{9}`))},
					LogGroupAuditDestination: audit, S3BucketAuditDestination: bucket, DeliveryStreamNameAuditDestination: s("stream"),
				}),
				FieldIndexPolicies: &[]awslogs.FieldIndexPolicy{awslogs.NewFieldIndexPolicy(&awslogs.FieldIndexPolicyProps{Fields: &[]*string{s("requestId"), s("userId")}})},
			})
			awslogs.NewLogGroup(st, s("Minimal"), &awslogs.LogGroupProps{DataProtectionPolicy: awslogs.NewDataProtectionPolicy(&awslogs.DataProtectionPolicyProps{
				Identifiers: &[]awslogs.DataIdentifier{awslogs.DataIdentifier_IPADDRESS()}})})
		},
		"Retention": func(st awscdk.Stack) {
			awslogs.NewLogRetention(st, s("A"), &awslogs.LogRetentionProps{LogGroupName: s("/aws/lambda/a"), Retention: awslogs.RetentionDays_ONE_WEEK})
			b := awslogs.NewLogRetention(st, s("B"), &awslogs.LogRetentionProps{LogGroupName: s("b"), Retention: awslogs.RetentionDays_INFINITE,
				LogGroupRegion: s("eu-west-1"), RemovalPolicy: awscdk.RemovalPolicy_DESTROY,
				LogRetentionRetryOptions: &awslogs.LogRetentionRetryOptions{MaxRetries: jsii.Number(7)}})
			out(st, "Arn", b.LogGroupArn())
		},
	}, func(name string) *awscdk.StackProps {
		if name == "Policies" {
			return &awscdk.StackProps{Env: &awscdk.Environment{Account: s("111111111111"), Region: s("us-east-1")}}
		}
		return nil
	}, retentionHandler)
}

// retentionHandler puts Strata's log retention handler asset (its S3 key,
// the asset hash) where aws-cdk-lib's template has aws-cdk-lib's.
func retentionHandler(t *testing.T, want, got []byte) []byte {
	var theirs, ours map[string]interface{}
	if json.Unmarshal(want, &theirs) != nil || json.Unmarshal(got, &ours) != nil {
		return want
	}
	key := func(doc map[string]interface{}) string {
		res, _ := doc["Resources"].(map[string]interface{})
		r, _ := res["LogRetentionaae0aa3c5b4d4f87b02d85b201efdd8aFD4BFC8A"].(map[string]interface{})
		p, _ := r["Properties"].(map[string]interface{})
		c, _ := p["Code"].(map[string]interface{})
		k, _ := c["S3Key"].(string)
		return k
	}
	if a, b := key(theirs), key(ours); a != "" && b != "" {
		want = []byte(strings.ReplaceAll(string(want), a, b))
	}
	return want
}

func TestErrors(t *testing.T) {
	fields := make([]*string, 21)
	for i := range fields {
		fields[i] = s(fmt.Sprintf("f%d", i))
	}
	cases := map[string]func(st awscdk.Stack){
		"TooManyDimensions": func(st awscdk.Stack) {
			awslogs.NewMetricFilter(st, s("M"), &awslogs.MetricFilterProps{LogGroup: awslogs.NewLogGroup(st, s("G"), nil), FilterPattern: awslogs.FilterPattern_AllEvents(),
				MetricNamespace: s("n"), MetricName: s("m"), Dimensions: &map[string]*string{"a": s("1"), "b": s("2"), "c": s("3"), "d": s("4")}})
		},
		"DeliveryRetention": func(st awscdk.Stack) {
			awslogs.NewLogGroup(st, s("G"), &awslogs.LogGroupProps{LogGroupClass: awslogs.LogGroupClass_DELIVERY, Retention: awslogs.RetentionDays_ONE_DAY})
		},
		"DeliveryDataProtection": func(st awscdk.Stack) {
			awslogs.NewLogGroup(st, s("G"), &awslogs.LogGroupProps{LogGroupClass: awslogs.LogGroupClass_DELIVERY,
				DataProtectionPolicy: awslogs.NewDataProtectionPolicy(&awslogs.DataProtectionPolicyProps{Identifiers: &[]awslogs.DataIdentifier{awslogs.DataIdentifier_NAME()}})})
		},
		"DeliveryFieldIndex": func(st awscdk.Stack) {
			awslogs.NewLogGroup(st, s("G"), &awslogs.LogGroupProps{LogGroupClass: awslogs.LogGroupClass_DELIVERY,
				FieldIndexPolicies: &[]awslogs.FieldIndexPolicy{awslogs.NewFieldIndexPolicy(&awslogs.FieldIndexPolicyProps{Fields: &[]*string{s("a")}})}})
		},
		"TooManyStats": func(st awscdk.Stack) {
			awslogs.NewQueryDefinition(st, s("Q"), &awslogs.QueryDefinitionProps{QueryDefinitionName: s("q"),
				QueryString: awslogs.NewQueryString(&awslogs.QueryStringProps{StatsStatements: &[]*string{s("a"), s("b"), s("c")}})})
		},
		"NoIdentifiers": func(awscdk.Stack) {
			awslogs.NewDataProtectionPolicy(&awslogs.DataProtectionPolicyProps{Identifiers: &[]awslogs.DataIdentifier{}})
		},
		"TooManyFields": func(awscdk.Stack) { awslogs.NewFieldIndexPolicy(&awslogs.FieldIndexPolicyProps{Fields: &fields}) },
		"AllEmpty":      func(awscdk.Stack) { awslogs.FilterPattern_All() },
		"AnyEmpty":      func(awscdk.Stack) { awslogs.FilterPattern_Any() },
		"BadStringOp":   func(awscdk.Stack) { awslogs.FilterPattern_StringValue(s("$.a"), s("<"), s("x")) },
		"BadNumberOp":   func(awscdk.Stack) { awslogs.FilterPattern_NumberValue(s("$.a"), s("=>"), jsii.Number(1)) },
		"BadColumn":     func(awscdk.Stack) { awslogs.FilterPattern_SpaceDelimited(s("a b")) },
		"TwoEllipses":   func(awscdk.Stack) { awslogs.FilterPattern_SpaceDelimited(s("..."), s("a"), s("...")) },
		"WhereEllipsis": func(awscdk.Stack) {
			awslogs.FilterPattern_SpaceDelimited(s("a"), s("...")).WhereString(s("..."), s("="), s("x"))
		},
		"WhereUnknown": func(awscdk.Stack) {
			awslogs.FilterPattern_SpaceDelimited(s("a")).WhereNumber(s("b"), s("="), jsii.Number(1))
		},
		"DistributionNotKinesis": func(st awscdk.Stack) {
			awslogs.NewLogGroup(st, s("G"), nil).AddSubscriptionFilter(s("F"), &awslogs.SubscriptionFilterOptions{
				Destination: &fixedDestination{arn: "arn:aws:lambda:us-east-1:111111111111:function:f"}, FilterPattern: awslogs.FilterPattern_AllEvents(),
				Distribution: awslogs.Distribution_RANDOM})
		},
		"StreamGroupUnknown": func(st awscdk.Stack) {
			awslogs.LogStream_FromLogStreamName(st, s("L"), s("x")).LogStreamRef()
		},
	}
	for k, v := range transformerErrors() {
		cases[k] = v
	}
	golden.CheckErrors(t, cases, nil)
}
