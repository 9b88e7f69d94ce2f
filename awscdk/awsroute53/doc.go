// Package awsroute53 is aws-cdk-go's awsroute53: the generated L1s and the
// DNS L2s — HostedZone, PublicHostedZone and PrivateHostedZone (comments,
// query logs, VPC associations and AddVpc, CAA for Amazon, the
// cross-account delegation role, AddDelegation, EnableDnssec with a
// KeySigningKey and its KMS grants, imports by id and attributes,
// HostedZone_FromLookup through the hosted-zone context provider,
// GrantDelegation), RecordSet and the A, AAAA, CNAME, TXT (long values
// split), NS, MX, SRV, CAA, CAA-Amazon, DS, HTTPS, SVCB and zone-delegation
// records with aliases, TTLs, health checks, weighted, regional,
// geolocation, CIDR, multi-value and failover routing (with the set
// identifiers aws-cdk-lib derives) and deleteExisting, HealthCheck of
// every type with aws-cdk-lib's defaults, and
// CrossAccountZoneDelegationRecord — templates identical to aws-cdk-lib
// 2.276.0's (testdata/, from twins.js). The custom resources behind
// deleteExisting and CrossAccountZoneDelegationRecord run Strata's own
// handlers (internal/handlers/route53deleteexisting, route53delegation),
// so their code assets differ from aws-cdk-lib's. VpcEndpointServiceDomainName
// is built, as in aws-cdk-lib, from three AwsCustomResources
// (customresources) and a TxtRecord.
package awsroute53
