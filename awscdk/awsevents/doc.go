// Package awsevents is aws-cdk-go's awsevents: the generated L1s and the
// EventBridge L2s — Rule (event patterns merged as aws-cdk-lib merges them,
// schedules, targets with inputs, dead-letter queues and retry policies),
// Schedule (rate, cron, expression), RuleTargetInput (text, multi-line
// text, objects and event paths, with EventField placeholders turned into
// input transformers) and EventBus (custom and partner buses, imports,
// PutEvents grants) — templates identical to aws-cdk-lib 2.276.0's
// (testdata/, from twins.js). Targets are in awseventstargets.
//
// Not yet: Archive, Connection, ApiDestination, Match, EventBusPolicy, and
// targets in another account or region (a clear error).
package awsevents
