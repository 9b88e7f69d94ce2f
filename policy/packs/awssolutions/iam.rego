package awssolutions.iam

import data.awssolutions.lib
import rego.v1

# METADATA
# title: IAM policy grants every action on every resource
# custom:
#   id: STRATA-IAM-1
deny contains lib.result("STRATA-IAM-1", name, sprintf("policy of %s allows every action on every resource", [name])) if {
	some [name, doc] in lib.policy_documents
	some s in lib.statements(doc)
	s.Effect == "Allow"
	"*" in lib.as_array(s.Action)
	"*" in lib.as_array(s.Resource)
}

# METADATA
# title: IAM policy grants every action of a service on every resource
# custom:
#   id: STRATA-IAM-2
warn contains lib.result("STRATA-IAM-2", name, sprintf("policy of %s allows %s on every resource", [name, a])) if {
	some [name, doc] in lib.policy_documents
	some s in lib.statements(doc)
	s.Effect == "Allow"
	"*" in lib.as_array(s.Resource)
	some a in lib.as_array(s.Action)
	is_string(a)
	endswith(a, ":*")
}
