// Package regioninfo is what Strata knows about each AWS region: its
// partition and domain suffix, the S3 website endpoints and hosted zones,
// the accounts behind ELB access logs, Deep Learning Containers and App
// Mesh images, and the ARNs of Lambda layers (Lambda Insights, ADOT,
// AppConfig, Parameters and Secrets), mirroring aws-cdk-go's regioninfo.
//
// The built-in facts are a read-only table generated from aws-cdk-lib's
// region-info module (facts_gen.go, by gen_facts.js). Fact_Register and
// Fact_Unregister change a process-wide database, as they do in
// aws-cdk-lib, whose Fact class is a global registry: the change is visible
// to every later Fact_Find and to every App in the process. That database
// is the one piece of package-level mutable state here; a sync.RWMutex
// guards it, so registering while other goroutines synthesize is safe.
package regioninfo

//go:generate sh -c "node gen_facts.js && gofmt -w facts_gen.go"
