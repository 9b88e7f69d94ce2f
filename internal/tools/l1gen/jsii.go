package main

import (
	"encoding/json"
	"strings"
)

// The parts of a jsii assembly (schema jsii/0.10.0) the generator reads.

type assembly struct {
	Name       string               `json:"name"`
	Version    string               `json:"version"`
	Types      map[string]*jsiiType `json:"types"`
	Submodules map[string]struct {
		Targets struct {
			Go struct {
				PackageName string `json:"packageName"`
			} `json:"go"`
		} `json:"targets"`
	} `json:"submodules"`
}

type jsiiType struct {
	Fqn              string      `json:"fqn"`
	Kind             string      `json:"kind"` // class, interface, enum
	Name             string      `json:"name"`
	Namespace        string      `json:"namespace"`
	Datatype         bool        `json:"datatype"`
	Base             string      `json:"base"`
	Interfaces       []string    `json:"interfaces"`
	Docs             docs        `json:"docs"`
	Initializer      *callable   `json:"initializer"`
	Properties       []*property `json:"properties"`
	Methods          []*callable `json:"methods"`
	LocationInModule struct {
		Filename string `json:"filename"`
	} `json:"locationInModule"`
}

type docs struct {
	Summary    string            `json:"summary"`
	Remarks    string            `json:"remarks"`
	See        string            `json:"see"`
	Deprecated string            `json:"deprecated"`
	Default    string            `json:"default"`
	Stability  string            `json:"stability"`
	Custom     map[string]string `json:"custom"`
}

type typeRef struct {
	Primitive  string `json:"primitive,omitempty"`
	Fqn        string `json:"fqn,omitempty"`
	Collection *struct {
		Kind        string   `json:"kind"` // array, map
		ElementType *typeRef `json:"elementtype"`
	} `json:"collection,omitempty"`
	Union *struct {
		Types []*typeRef `json:"types"`
	} `json:"union,omitempty"`
	Intersection *struct {
		Types []*typeRef `json:"types"`
	} `json:"intersection,omitempty"`
}

type property struct {
	Name      string   `json:"name"`
	Type      *typeRef `json:"type"`
	Optional  bool     `json:"optional"`
	Static    bool     `json:"static"`
	Const     bool     `json:"const"`
	Immutable bool     `json:"immutable"`
	Protected bool     `json:"protected"`
	Docs      docs     `json:"docs"`
}

type parameter struct {
	Name     string   `json:"name"`
	Type     *typeRef `json:"type"`
	Optional bool     `json:"optional"`
	Variadic bool     `json:"variadic"`
}

type callable struct {
	Name       string       `json:"name"`
	Static     bool         `json:"static"`
	Protected  bool         `json:"protected"`
	Parameters []*parameter `json:"parameters"`
	Returns    *struct {
		Type     *typeRef `json:"type"`
		Optional bool     `json:"optional"`
	} `json:"returns"`
	Docs docs `json:"docs"`
}

func parseAssembly(data []byte) (*assembly, error) {
	var a assembly
	if err := json.Unmarshal(data, &a); err != nil {
		return nil, err
	}
	return &a, nil
}

// module is the jsii submodule a type lives in: "aws-cdk-lib.aws_s3" for
// "aws-cdk-lib.aws_s3.CfnBucket.CorsRuleProperty", "aws-cdk-lib" for the root.
func (a *assembly) module(t *jsiiType) string {
	fqn := t.Fqn
	if t.Namespace != "" {
		fqn = strings.TrimSuffix(fqn, "."+t.Name)
		// the namespace may itself be a type (nested types) or a submodule
		for {
			if _, isType := a.Types[fqn]; !isType {
				break
			}
			fqn = fqn[:strings.LastIndex(fqn, ".")]
		}
		return fqn
	}
	return fqn[:strings.LastIndex(fqn, ".")]
}

// isL1 reports whether t is an L1 class (CfnBucket, ...).
func isL1(t *jsiiType) bool {
	return t.Kind == "class" && t.Docs.Custom["cloudformationResource"] != ""
}
