// Package awsroute53 is aws-cdk-go's awsroute53: the generated L1s and the
// DNS L2s — HostedZone and PublicHostedZone (comments, query logs, CAA for
// Amazon, the cross-account delegation role, AddDelegation, imports by id
// and attributes, GrantDelegation), RecordSet and the A, AAAA, CNAME, TXT
// (long values split), NS, MX, SRV, CAA, CAA-Amazon and zone-delegation
// records with aliases, TTLs and weighted, regional, geolocation,
// multi-value and failover routing (with the set identifiers aws-cdk-lib
// derives) — templates identical to aws-cdk-lib 2.276.0's (testdata/,
// from twins.js).
//
// Not yet: private hosted zones and AddVpc (they come with the awsec2 VPC
// L2), HostedZone_FromLookup, DNSSEC, health checks, CIDR routing, DS/SVCB/
// HTTPS records, deleteExisting and CrossAccountZoneDelegationRecord.
package awsroute53
