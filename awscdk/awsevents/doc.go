// Package awsevents is aws-cdk-go's awsevents: the generated L1s and the
// EventBridge L2s — Rule (event patterns merged as aws-cdk-lib merges them,
// schedules, targets with inputs, dead-letter queues and retry policies),
// Match (every content filter: prefix, suffix, wildcard, anything-but
// variants, numeric comparisons and intervals, exists, cidr, case-insensitive
// matching), Schedule (rate, cron, expression), RuleTargetInput (text,
// multi-line text, objects and event paths, with EventField placeholders
// turned into input transformers), EventBus (custom and partner buses,
// imports, resource policies through EventBusPolicy, archives, PutEvents
// grants through the identity or the bus policy), Archive, Connection
// (API key, basic and OAuth authorization, invocation parameters) and
// ApiDestination — templates identical to aws-cdk-lib 2.276.0's
// (testdata/, from twins.js). Targets are in awseventstargets.
//
// Not yet: targets in another account or region (a clear error).
package awsevents
