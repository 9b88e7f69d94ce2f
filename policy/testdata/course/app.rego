# Rules over the whole app: every stack carries a description.
package course.app

import rego.v1

deny_combined contains {"msg": sprintf("stack %s must have a description", [t.stack]), "stack": t.stack} if {
	some t in input
	not t.contents.Description
}
