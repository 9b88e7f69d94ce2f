# Functions: a memory ceiling (an error) and a timeout advice (a warning).
package course.lambda

import rego.v1

functions := {name: r | some name, r in input.Resources; r.Type == "AWS::Lambda::Function"}

deny contains {"msg": sprintf("Lambda function %s must not use more than 1024 MB", [name]), "resource": name, "id": "COURSE-LAMBDA-MEMORY"} if {
	some name, f in functions
	f.Properties.MemorySize > 1024
}

warn contains sprintf("Lambda function %s should set a timeout", [name]) if {
	some name, f in functions
	not f.Properties.Timeout
}
