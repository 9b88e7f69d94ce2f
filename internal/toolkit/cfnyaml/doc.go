// Package cfnyaml renders CloudFormation templates (JSON) as YAML the way
// `cdk synth` prints them: keys in the template's own order, two-space
// indentation, sequences indented under their key, and strings quoted only
// when YAML 1.1 would otherwise read them as something else (numbers,
// booleans, null, or text with special characters).
package cfnyaml
