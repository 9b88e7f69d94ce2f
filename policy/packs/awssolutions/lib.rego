# Helpers shared by the awssolutions rules.
package awssolutions.lib

import rego.v1

# resources(t) maps the logical IDs of every resource of type t to it.
resources(t) := {name: r | some name, r in input.Resources; r.Type == t}

as_array(x) := x if is_array(x)

as_array(x) := [x] if not is_array(x)

statements(doc) := as_array(doc.Statement)

# policy_documents holds [logical ID, document] for every IAM policy
# document of the template, inline in roles, users and groups included.
policy_documents contains [name, r.Properties.PolicyDocument] if {
	some name, r in input.Resources
	r.Type in {"AWS::IAM::Policy", "AWS::IAM::ManagedPolicy"}
}

policy_documents contains [name, p.PolicyDocument] if {
	some name, r in input.Resources
	r.Type in {"AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group"}
	some p in r.Properties.Policies
}

result(id, name, msg) := {"id": id, "resource": name, "msg": msg}
