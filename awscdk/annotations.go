package awscdk

import (
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

func (a *annotations) add(kind string, msg string) {
	a.scope.Node().AddMetadata(str(kind), msg, nil)
}

func (a *annotations) acknowledged(id string) bool {
	for _, c := range *a.scope.Node().Scopes() {
		for _, m := range *c.Node().Metadata() {
			if deref(m.Type) == "@aws-cdk/core:acknowledged" {
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

func (a *annotations) AcknowledgeInfo(id *string, message *string) { a.AcknowledgeWarning(id, message) }
func (a *annotations) AcknowledgeWarning(id *string, message *string) {
	a.scope.Node().AddMetadata(str("@aws-cdk/core:acknowledged"), []string{deref(id)}, nil)
}
func (a *annotations) AddDeprecation(api *string, message *string) {
	a.add(metaWarning, "The API "+deref(api)+" is deprecated: "+deref(message)+". This API will be removed in the next major release")
}
func (a *annotations) AddError(message *string) { a.add(metaError, deref(message)) }
func (a *annotations) AddInfo(message *string)  { a.add(metaInfo, deref(message)) }
func (a *annotations) AddInfoV2(id *string, message *string) {
	if !a.acknowledged(deref(id)) {
		a.add(metaInfo, deref(message)+" ["+deref(id)+"]")
	}
}
func (a *annotations) AddWarning(message *string) { a.add(metaWarning, deref(message)) }
func (a *annotations) AddWarningV2(id *string, message *string) {
	if !a.acknowledged(deref(id)) {
		a.add(metaWarning, deref(message)+" ["+deref(id)+"]")
	}
}
