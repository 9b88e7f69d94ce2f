package awsdynamodb

import (
	"strings"

	"github.com/strata-cdk/strata/awscdk/awss3"
	"github.com/strata-cdk/strata/internal/diag"
)

// ImportSourceSpecification fills a new table from files in S3.
type ImportSourceSpecification struct {
	Bucket          awss3.IBucket        `field:"required" json:"bucket" yaml:"bucket"`
	InputFormat     InputFormat          `field:"required" json:"inputFormat" yaml:"inputFormat"`
	BucketOwner     *string              `field:"optional" json:"bucketOwner" yaml:"bucketOwner"`
	CompressionType InputCompressionType `field:"optional" json:"compressionType" yaml:"compressionType"`
	KeyPrefix       *string              `field:"optional" json:"keyPrefix" yaml:"keyPrefix"`
}

// CsvOptions are the options of InputFormat_Csv.
type CsvOptions struct {
	// One of , \t : ; | and space. Default: comma.
	Delimiter *string `field:"optional" json:"delimiter" yaml:"delimiter"`
	// Default: the first line of each file.
	HeaderList *[]*string `field:"optional" json:"headerList" yaml:"headerList"`
}

// InputFormat is the format of the files a table is imported from.
type InputFormat interface {
	render() *CfnTable_ImportSourceSpecificationProperty
}

type inputFormat struct {
	format string
	csv    *CsvOptions
}

func (f *inputFormat) render() *CfnTable_ImportSourceSpecificationProperty {
	spec := &CfnTable_ImportSourceSpecificationProperty{InputFormat: &f.format}
	if f.csv != nil {
		spec.InputFormatOptions = &CfnTable_InputFormatOptionsProperty{Csv: &CfnTable_CsvProperty{
			Delimiter: f.csv.Delimiter, HeaderList: f.csv.HeaderList,
		}}
	}
	return spec
}

// InputFormat_DynamoDBJson is the DynamoDB JSON format.
func InputFormat_DynamoDBJson() InputFormat { return &inputFormat{format: "DYNAMODB_JSON"} }

// InputFormat_Ion is the Amazon Ion format.
func InputFormat_Ion() InputFormat { return &inputFormat{format: "ION"} }

// InputFormat_Csv is CSV, with an optional delimiter and header list.
func InputFormat_Csv(options *CsvOptions) InputFormat {
	if options == nil {
		options = &CsvOptions{}
	}
	if d := options.Delimiter; d != nil && *d != "" {
		if len(*d) != 1 || !strings.Contains(",\t:;| ", *d) {
			diag.Panic("", "Delimiter must be a single character and one of the following: comma (,), tab (\\t), colon (:), semicolon (;), pipe (|), space ( ), got '%s'", *d)
		}
	}
	return &inputFormat{format: "CSV", csv: options}
}

func renderImportSource(s *ImportSourceSpecification) *CfnTable_ImportSourceSpecificationProperty {
	if s == nil || s.InputFormat == nil {
		return nil
	}
	spec := s.InputFormat.render()
	if s.CompressionType != "" {
		c := string(s.CompressionType)
		spec.InputCompressionType = &c
	}
	src := &CfnTable_S3BucketSourceProperty{S3BucketOwner: s.BucketOwner, S3KeyPrefix: s.KeyPrefix}
	if s.Bucket != nil {
		src.S3Bucket = s.Bucket.BucketName()
	}
	spec.S3BucketSource = src
	return spec
}
