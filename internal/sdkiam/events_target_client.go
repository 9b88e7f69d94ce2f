package sdkiam

import "strings"

// sdkV3ClientsWithoutIamPrefix are the v3 clients aws-cdk-lib's metadata
// lists with no iamPrefix (their IAM prefix is their own name);
// TestEventsTargetClientCoversMetadata keeps the list complete.
var sdkV3ClientsWithoutIamPrefix = [...]string{"codecatalyst"}

// EventsTargetAction is the IAM action aws-cdk-lib's events AwsApi target
// derives for an SDK call: the lowercased service must be a v3 client name
// as written (no v2 or package forms), and the action only gets its first
// letter upper-cased. ok is false for a service the SDK metadata lacks.
func EventsTargetAction(service, action string) (iamAction string, ok bool) {
	srv := strings.ToLower(service)
	prefix, ok := sdkV3IamPrefix[srv]
	if !ok {
		for _, c := range sdkV3ClientsWithoutIamPrefix {
			if c == srv {
				prefix, ok = srv, true
			}
		}
	}
	if !ok {
		return "", false
	}
	if action != "" {
		action = strings.ToUpper(action[:1]) + action[1:]
	}
	return prefix + ":" + action, true
}
