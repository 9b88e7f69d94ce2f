package awsroute53targets

import (
	"github.com/strata-cdk/strata/awscdk/awsappsync"
	"github.com/strata-cdk/strata/awscdk/awsroute53"
	"github.com/strata-cdk/strata/internal/diag"
	"github.com/strata-cdk/strata/internal/l2"
)

// AppSyncTarget aliases a record to the custom domain of an AppSync
// GraphQL API (served through CloudFront).
type AppSyncTarget interface {
	awsroute53.IAliasRecordTarget
}

type appSyncTarget struct{ api awsappsync.GraphqlApi }

// NewAppSyncTarget is an alias target for graphqlApi's custom domain.
func NewAppSyncTarget(graphqlApi awsappsync.GraphqlApi) AppSyncTarget {
	return &appSyncTarget{api: graphqlApi}
}

// NewAppSyncTarget_Override initialises outer, a type embedding AppSyncTarget.
func NewAppSyncTarget_Override(outer AppSyncTarget, graphqlApi awsappsync.GraphqlApi) {
	l2.Override(outer, NewAppSyncTarget(graphqlApi))
}

func (t *appSyncTarget) Bind(record awsroute53.IRecordSet, zone awsroute53.IHostedZone) *awsroute53.AliasRecordTargetConfig {
	if t.api == nil {
		path := ""
		if record != nil {
			path = *record.Node().Path()
		}
		diag.Panic(path, "AppSyncTarget needs a GraphQL API; got nil")
	}
	return &awsroute53.AliasRecordTargetConfig{
		DnsName:      t.api.AppSyncDomainName(),
		HostedZoneId: CloudFrontTarget_GetHostedZoneId(t.api),
	}
}
