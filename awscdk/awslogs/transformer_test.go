package awslogs_test

import (
	"testing"

	"github.com/strata-cdk/strata/awscdk"
	"github.com/strata-cdk/strata/awscdk/awslogs"
	"github.com/strata-cdk/strata/internal/golden"
	"github.com/strata-cdk/strata/jsii"
)

func parser(t awslogs.ParserProcessorType) awslogs.IProcessor {
	return awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: t})
}

func TestTransformers(t *testing.T) {
	golden.CheckTemplates(t, map[string]func(st awscdk.Stack){
		"Transformers": func(st awscdk.Stack) {
			lg := awslogs.NewLogGroup(st, s("Group"), nil)
			lg.AddTransformer(s("T1"), &awslogs.TransformerOptions{TransformerName: s("t1"), TransformerConfig: &[]awslogs.IProcessor{
				parser(awslogs.ParserProcessorType_JSON),
				awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: awslogs.ParserProcessorType_KEY_VALUE, KeyValueOptions: &awslogs.ParseKeyValueProperty{
					Destination: s("kv"), KeyPrefix: s("p_"), NonMatchValue: s("none"), FieldDelimiter: awslogs.KeyValuePairDelimiter_SEMICOLON}}),
				awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: awslogs.ParserProcessorType_CSV, CsvOptions: &awslogs.CsvProperty{
					Columns: &[]*string{s("a"), s("b")}, Delimiter: awslogs.DelimiterCharacter_TAB}}),
				awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: awslogs.ParserProcessorType_GROK, GrokOptions: &awslogs.GrokProperty{Match: s("%{IP:ip}")}}),
				awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: awslogs.ParserProcessorType_JSON, JsonOptions: &awslogs.ParseJSONProperty{Source: s("body"), Destination: s("parsed")}}),
				awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_LOWER_CASE, LowerCaseKeys: &[]*string{s("a")}}),
				awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_UPPER_CASE, UpperCaseKeys: &[]*string{s("b")}}),
				awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_TRIM, TrimKeys: &[]*string{s("c")}}),
				awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_SPLIT, SplitOptions: &awslogs.SplitStringProperty{
					Entries: &[]*awslogs.SplitStringEntryProperty{{Source: s("d"), Delimiter: awslogs.DelimiterCharacter_PIPE}}}}),
				awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_SUBSTITUTE, SubstituteOptions: &awslogs.SubstituteStringProperty{
					Entries: &[]*awslogs.SubstituteStringEntryProperty{{Source: s("e"), From: s("x"), To: s("y")}}}}),
				awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_ADD_KEYS, AddKeysOptions: &awslogs.AddKeysProperty{
					Entries: &[]*awslogs.AddKeyEntryProperty{{Key: s("k"), Value: s("v")}, {Key: s("k2"), Value: s("v2"), OverwriteIfExists: jsii.Bool(true)}}}}),
				awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_DELETE_KEYS, DeleteKeysOptions: &awslogs.ProcessorDeleteKeysProperty{WithKeys: &[]*string{s("x")}}}),
				awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_MOVE_KEYS, MoveKeysOptions: &awslogs.MoveKeysProperty{
					Entries: &[]*awslogs.MoveKeyEntryProperty{{Source: s("a"), Target: s("b")}}}}),
				awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_RENAME_KEYS, RenameKeysOptions: &awslogs.RenameKeysProperty{
					Entries: &[]*awslogs.RenameKeyEntryProperty{{Key: s("a"), RenameTo: s("b"), OverwriteIfExists: jsii.Bool(true)}}}}),
				awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_COPY_VALUE, CopyValueOptions: &awslogs.CopyValueProperty{
					Entries: &[]*awslogs.CopyValueEntryProperty{{Source: s("a"), Target: s("c")}}}}),
				awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_LIST_TO_MAP, ListToMapOptions: &awslogs.ListToMapProperty{
					Source: s("l"), Key: s("k"), ValueKey: s("v"), Target: s("t"), Flatten: jsii.Bool(true), FlattenedElement: s("first")}}),
				awslogs.NewDataConverterProcessor(&awslogs.DataConverterProps{Type: awslogs.DataConverterType_TYPE_CONVERTER, TypeConverterOptions: &awslogs.TypeConverterProperty{
					Entries: &[]*awslogs.TypeConverterEntryProperty{{Key: s("n"), Type: awslogs.TypeConverterType_INTEGER}, {Key: s("b"), Type: awslogs.TypeConverterType_BOOLEAN}}}}),
				awslogs.NewDataConverterProcessor(&awslogs.DataConverterProps{Type: awslogs.DataConverterType_DATETIME_CONVERTER, DateTimeConverterOptions: &awslogs.DateTimeConverterProperty{
					Source: s("ts"), Target: s("ts2"), MatchPatterns: &[]*string{s("yyyy-MM-dd")}, Locale: s("en")}}),
			}})
			lg2 := awslogs.NewLogGroup(st, s("Group2"), nil)
			awslogs.NewTransformer(st, s("T2"), &awslogs.TransformerProps{LogGroup: lg2, TransformerName: s("t2"),
				TransformerConfig: &[]awslogs.IProcessor{awslogs.NewVendedLogParser(&awslogs.VendedLogParserProps{LogType: awslogs.VendedLogType_VPC})}})
			lg3 := awslogs.NewLogGroup(st, s("Group3"), nil)
			lg3.AddTransformer(s("T3"), &awslogs.TransformerOptions{TransformerName: s("t3"), TransformerConfig: &[]awslogs.IProcessor{
				awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: awslogs.ParserProcessorType_OCSF, ParseToOCSFOptions: &awslogs.ParseToOCSFProperty{
					EventSource: awslogs.OCSFSourceType_VPC_FLOW, OcsfVersion: awslogs.OCSFVersion_V1_1}}),
				awslogs.NewDataConverterProcessor(&awslogs.DataConverterProps{Type: awslogs.DataConverterType_DATETIME_CONVERTER, DateTimeConverterOptions: &awslogs.DateTimeConverterProperty{
					Source: s("a"), Target: s("b"), MatchPatterns: &[]*string{s("x")}, Locale: s("fr"), SourceTimezone: s("Europe/Paris"), TargetTimezone: s("Asia/Tokyo"), TargetFormat: s("epoch")}}),
			}})
		},
	}, nil, nil)
}

// transformerErrors are the bad-input cases about transformers; TestErrors
// checks them with the others.
func transformerErrors() map[string]func(st awscdk.Stack) {
	tr := func(st awscdk.Stack, procs ...awslogs.IProcessor) {
		awslogs.NewTransformer(st, s("T"), &awslogs.TransformerProps{LogGroup: awslogs.NewLogGroup(st, s("G"), nil), TransformerName: s("t"), TransformerConfig: &procs})
	}
	many := func(n int) []awslogs.IProcessor {
		out := make([]awslogs.IProcessor, n)
		for i := range out {
			out[i] = parser(awslogs.ParserProcessorType_JSON)
		}
		return out
	}
	vended := func(t awslogs.VendedLogType) awslogs.IProcessor {
		return awslogs.NewVendedLogParser(&awslogs.VendedLogParserProps{LogType: t})
	}
	grok := func(m string) awslogs.IProcessor {
		return awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: awslogs.ParserProcessorType_GROK, GrokOptions: &awslogs.GrokProperty{Match: s(m)}})
	}
	return map[string]func(st awscdk.Stack){
		"NoProcessors":      func(st awscdk.Stack) { tr(st) },
		"TooManyProcessors": func(st awscdk.Stack) { tr(st, many(21)...) },
		"FirstNotParser": func(st awscdk.Stack) {
			tr(st, awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_TRIM, TrimKeys: &[]*string{s("a")}}))
		},
		"SixParsers": func(st awscdk.Stack) { tr(st, many(6)...) },
		"TwoVended":  func(st awscdk.Stack) { tr(st, vended(awslogs.VendedLogType_WAF), vended(awslogs.VendedLogType_VPC)) },
		"VendedNotFirst": func(st awscdk.Stack) {
			tr(st, parser(awslogs.ParserProcessorType_JSON), vended(awslogs.VendedLogType_VPC))
		},
		"TwoGrok": func(st awscdk.Stack) { tr(st, grok("a"), grok("b")) },
		"OcsfNotFirst": func(st awscdk.Stack) {
			tr(st, parser(awslogs.ParserProcessorType_JSON), awslogs.NewParserProcessor(&awslogs.ParserProcessorProps{Type: awslogs.ParserProcessorType_OCSF,
				ParseToOCSFOptions: &awslogs.ParseToOCSFProperty{EventSource: awslogs.OCSFSourceType_AWS_WAF, OcsfVersion: awslogs.OCSFVersion_V1_1}}))
		},
		"GrokNoMatch":   func(awscdk.Stack) { parser(awslogs.ParserProcessorType_GROK) },
		"OcsfNoOptions": func(awscdk.Stack) { parser(awslogs.ParserProcessorType_OCSF) },
		"LowerNoKeys": func(awscdk.Stack) {
			awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_LOWER_CASE})
		},
		"SplitNoEntries": func(awscdk.Stack) {
			awslogs.NewStringMutatorProcessor(&awslogs.StringMutatorProps{Type: awslogs.StringMutatorType_SPLIT, SplitOptions: &awslogs.SplitStringProperty{Entries: &[]*awslogs.SplitStringEntryProperty{}}})
		},
		"AddKeysNone": func(awscdk.Stack) {
			awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_ADD_KEYS})
		},
		"DeleteKeysNone": func(awscdk.Stack) {
			awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_DELETE_KEYS, DeleteKeysOptions: &awslogs.ProcessorDeleteKeysProperty{WithKeys: &[]*string{}}})
		},
		"ListToMapNoKey": func(awscdk.Stack) {
			awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_LIST_TO_MAP, ListToMapOptions: &awslogs.ListToMapProperty{Source: s("s")}})
		},
		"ListToMapFlatten": func(awscdk.Stack) {
			awslogs.NewJsonMutatorProcessor(&awslogs.JsonMutatorProps{Type: awslogs.JsonMutatorType_LIST_TO_MAP, ListToMapOptions: &awslogs.ListToMapProperty{Source: s("s"), Key: s("k"), Flatten: jsii.Bool(true)}})
		},
		"TypeConverterNone": func(awscdk.Stack) {
			awslogs.NewDataConverterProcessor(&awslogs.DataConverterProps{Type: awslogs.DataConverterType_TYPE_CONVERTER})
		},
		"DateTimeNoTarget": func(awscdk.Stack) {
			awslogs.NewDataConverterProcessor(&awslogs.DataConverterProps{Type: awslogs.DataConverterType_DATETIME_CONVERTER, DateTimeConverterOptions: &awslogs.DateTimeConverterProperty{
				Source: s("a"), MatchPatterns: &[]*string{s("x")}, Locale: s("en")}})
		},
	}
}
