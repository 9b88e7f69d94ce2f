// Package deploy is strata's deploy engine over the AWS SDK for Go v2:
// credentials and role assumption (the synthesizer's deploy and publishing
// roles when they exist), asset publishing (files and directories to the
// bootstrap bucket, Docker images through the docker CLI), CloudFormation
// deployments through change sets or direct create/update, waiting with
// progress events, stack deletion, and reading what is deployed. The deploy
// journal (journal.go) records each operation it starts until it is seen to
// end, so that an interrupted deploy can be re-attached to (Attach).
//
// It knows nothing about cdk.json or how an app is run: internal/toolkit
// hands it resolved stacks and assets.
package deploy
