// Package bench20 is the measurement the assertions package is judged by:
// one stack of 20 resources (ten queues, each with a topic) and tests that
// assert on it, run as a user's test package would be.
package bench20

import (
	"fmt"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awssns"
	"github.com/strata-cdk/strata/awscdk/awssqs"
	"github.com/strata-cdk/strata/constructs"
	"github.com/strata-cdk/strata/jsii"
)

// NewStack makes ten queues and ten topics: 20 resources.
func NewStack(scope constructs.Construct, id string) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, nil)
	for i := 0; i < 10; i++ {
		awssqs.NewQueue(stack, jsii.String(fmt.Sprintf("Queue%d", i)), &awssqs.QueueProps{
			VisibilityTimeout: awscdk.Duration_Seconds(jsii.Number(float64(30 * (i + 1)))),
		})
		awssns.NewTopic(stack, jsii.String(fmt.Sprintf("Topic%d", i)), &awssns.TopicProps{
			DisplayName: jsii.String(fmt.Sprintf("topic %d", i)),
		})
	}
	return stack
}
