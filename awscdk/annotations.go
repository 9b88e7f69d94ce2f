package awscdk

import (
	"strings"

	"github.com/strata-cdk/strata/constructs"
)

// Annotations attaches errors, warnings and info to a construct. Errors fail synthesis.
type Annotations interface {
	AcknowledgeInfo(id *string, message *string)
	AcknowledgeWarning(id *string, message *string)
	AddDeprecation(api *string, message *string)
	AddError(message *string)
	AddInfo(message *string)
	AddInfoV2(id *string, message *string)
	AddWarning(message *string)
	AddWarningV2(id *string, message *string)
}

const (
	metaError   = "aws:cdk:error"
	metaWarning = "aws:cdk:warning"
	metaInfo    = "aws:cdk:info"
)

type annotations struct{ scope constructs.IConstruct }

// Annotations_Of returns the annotations of scope.
func Annotations_Of(scope constructs.IConstruct) Annotations { return &annotations{scope: scope} }

// metaAcknowledged records an acknowledged id on the acknowledging scope;
// metaRetracted replaces the type of a message an acknowledgement removed.
// The assembly writer drops both (they share the prefix it skips), so they
// stay in the tree only, where aws-cdk-lib keeps its app-wide ack table.
const (
	metaAcknowledged = "@aws-cdk/core:acknowledged"
	metaRetracted    = "@aws-cdk/core:acknowledged:retracted"
)

// ackTag is the suffix aws-cdk-lib appends to a V2 warning or info so an
// acknowledgement can find it again.
func ackTag(id string) string { return "[ack: " + id + "]" }

// add records msg unless the scope already carries a message with the same
// text, as aws-cdk-lib's addMessage does.
func (a *annotations) add(kind string, msg string) {
	for _, m := range *a.scope.Node().Metadata() {
		if s, ok := m.Data.(string); ok && s == msg {
			return
		}
	}
	a.scope.Node().AddMetadata(str(kind), msg, nil)
}

// acknowledged reports whether id was acknowledged on the scope or one of
// its ancestors.
func (a *annotations) acknowledged(id string) bool {
	for _, c := range *a.scope.Node().Scopes() {
		for _, m := range *c.Node().Metadata() {
			if deref(m.Type) == metaAcknowledged {
				if ids, ok := m.Data.([]string); ok {
					for _, x := range ids {
						if x == id {
							return true
						}
					}
				}
			}
		}
	}
	return false
}

// acknowledge records id and retracts the kind messages tagged with it
// that the scope and its descendants already carry.
func (a *annotations) acknowledge(id, kind string) {
	a.scope.Node().AddMetadata(str(metaAcknowledged), []string{id}, nil)
	tag := ackTag(id)
	for _, c := range *a.scope.Node().FindAll(constructs.ConstructOrder_PREORDER) {
		for _, m := range *c.Node().Metadata() {
			if s, ok := m.Data.(string); ok && deref(m.Type) == kind && strings.Contains(s, tag) {
				m.Type = str(metaRetracted)
			}
		}
	}
}

func (a *annotations) AcknowledgeInfo(id *string, message *string) {
	a.acknowledge(deref(id), metaInfo)
}
func (a *annotations) AcknowledgeWarning(id *string, message *string) {
	a.acknowledge(deref(id), metaWarning)
}

// AddDeprecation warns that api is deprecated, acknowledgeable as "Deprecated:<api>".
func (a *annotations) AddDeprecation(api *string, message *string) {
	a.AddWarningV2(str("Deprecated:"+deref(api)), str("The API "+deref(api)+" is deprecated: "+deref(message)+". This API will be removed in the next major release"))
}
func (a *annotations) AddError(message *string) { a.add(metaError, deref(message)) }
func (a *annotations) AddInfo(message *string)  { a.add(metaInfo, deref(message)) }
func (a *annotations) AddInfoV2(id *string, message *string) {
	if !a.acknowledged(deref(id)) {
		a.add(metaInfo, deref(message)+" "+ackTag(deref(id)))
	}
}
func (a *annotations) AddWarning(message *string) { a.add(metaWarning, deref(message)) }
func (a *annotations) AddWarningV2(id *string, message *string) {
	if !a.acknowledged(deref(id)) {
		a.add(metaWarning, deref(message)+" "+ackTag(deref(id)))
	}
}
