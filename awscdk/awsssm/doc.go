// Package awsssm is AWS Systems Manager for Strata, with aws-cdk-go's API:
// the L1s (CfnParameter, CfnDocument, ... generated) and the hand-written
// Parameter Store L2 — StringParameter and StringListParameter, their
// imports (by name, ARN and attributes, SecureString included), the
// ValueFor* helpers that read a parameter at deploy time through a
// template parameter or a dynamic reference, ValueFromLookup (context),
// and the read and write grants.
package awsssm
