// Package sdkiam turns an AWS SDK call (service and API names as
// AwsCustomResource and the scheduler's Universal target take them) into
// the IAM action it needs, from tables gen_sdk_info.js generates out of
// aws-cdk-lib's data files, so both packages map names exactly as
// aws-cdk-lib does.
package sdkiam

//go:generate sh -c "node gen_sdk_info.js && gofmt -w sdk_info_gen.go"

import "strings"

// Action is the IAM action of an SDK call, the way aws-cdk-lib
// maps service and action names: the service (v3 package, v3 client name
// or v2 constructor name) to its v3 client and that client's IAM prefix;
// the action (getObject, GetObject or GetObjectCommand) to PascalCase
// without the Command suffix, unless the API's own name ends in Command.
func Action(service, action string) string {
	v3 := strings.TrimPrefix(strings.ToLower(service), "@aws-sdk/client-")
	if m, ok := sdkV2ToV3[v3]; ok {
		v3 = m
	}
	prefix := v3
	if p, ok := sdkV3IamPrefix[v3]; ok {
		prefix = p
	}
	return prefix + ":" + iamActionName(v3, action)
}

func iamActionName(v3, action string) string {
	if action == "" {
		return action
	}
	first := action[:1]
	if strings.ToLower(first) == first {
		return strings.ToUpper(first) + action[1:]
	}
	for _, c := range sdkV3CommandsEndingInCommand[v3] {
		if c == action {
			return action
		}
	}
	return strings.TrimSuffix(action, "Command")
}
