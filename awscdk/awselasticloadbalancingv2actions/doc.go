// Package awselasticloadbalancingv2actions holds the load balancer listener
// actions that need other services: AuthenticateCognitoAction signs users
// in through a Cognito user pool before the next action runs.
package awselasticloadbalancingv2actions
