# Queues need a dead-letter queue; written in the pre-1.0 Rego syntax.
package course.sqs

deny[msg] {
	q := input.Resources[name]
	q.Type == "AWS::SQS::Queue"
	not q.Properties.RedrivePolicy
	not is_dlq(name)
	msg := sprintf("SQS queue %s must have a dead-letter queue", [name])
}

is_dlq(name) {
	input.Resources[_].Properties.RedrivePolicy.deadLetterTargetArn["Fn::GetAtt"][0] == name
}
