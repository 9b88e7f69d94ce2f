// Package awssqs is Amazon SQS in Strata, with aws-cdk-go's names: the
// generated L1s (CfnQueue, CfnQueuePolicy, ...; files *_gen.go) and the
// hand-written L2s: Queue (FIFO, dead-letter queues, encryption, redrive
// allow policies, enforceSSL), QueuePolicy, imported queues
// (Queue_FromQueueArn, Queue_FromQueueAttributes) and the grants
// (Grant, GrantSendMessages, GrantConsumeMessages, GrantPurge).
//
// The L2s render what aws-cdk-lib 2.276.0 renders: the same logical IDs,
// properties, defaults (a queue's removal policy is DESTROY) and
// validation messages, reported with the construct path at synthesis.
// Metrics (aws-cdk-lib's metric* methods) are not provided.
package awssqs
