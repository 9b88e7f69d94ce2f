package awsroute53targets

// regionFact is what aws-cdk-lib 2.276.0's region-info knows of a region
// that alias targets need: the hosted zone and endpoint of S3 website
// hosting, and the hosted zone of Elastic Beanstalk environment endpoints
// ("" where region-info has no value).
type regionFact struct {
	s3WebsiteZone, s3WebsiteEndpoint, beanstalkZone string
}

// regionFacts are those facts by region name.
var regionFacts = map[string]regionFact{
	"af-south-1":      {"Z11KHD8FBVPUYU", "s3-website.af-south-1.amazonaws.com", "Z1EI3BVKMKK4AM"},
	"ap-east-1":       {"ZNB98KWMFR0R6", "s3-website.ap-east-1.amazonaws.com", "ZPWYUBWRU171A"},
	"ap-east-2":       {"Z064739330DAH7WJVOO93", "s3-website.ap-east-2.amazonaws.com", ""},
	"ap-northeast-1":  {"Z2M4EHUR26P7ZW", "s3-website-ap-northeast-1.amazonaws.com", "Z1R25G3KIG2GBW"},
	"ap-northeast-2":  {"Z3W03O7B5YMIYP", "s3-website.ap-northeast-2.amazonaws.com", "Z3JE5OI70TWKCP"},
	"ap-northeast-3":  {"Z2YQB5RD63NC85", "s3-website.ap-northeast-3.amazonaws.com", "ZNE5GEY1TIAGY"},
	"ap-south-1":      {"Z11RGJOFQNVJUP", "s3-website.ap-south-1.amazonaws.com", "Z18NTBI3Y7N9TZ"},
	"ap-south-2":      {"Z02976202B4EZMXIPMXF7", "s3-website.ap-south-2.amazonaws.com", "Z10223522IBWPBF2C2FJS"},
	"ap-southeast-1":  {"Z3O0J2DXBE1FTB", "s3-website-ap-southeast-1.amazonaws.com", "Z16FZ9L249IFLT"},
	"ap-southeast-2":  {"Z1WCIGYICN2BYD", "s3-website-ap-southeast-2.amazonaws.com", "Z2PCDNR3VC2G1N"},
	"ap-southeast-3":  {"Z01846753K324LI26A3VV", "s3-website.ap-southeast-3.amazonaws.com", "Z05913172VM7EAZB40TA8"},
	"ap-southeast-4":  {"Z0312387243XT5FE14WFO", "s3-website.ap-southeast-4.amazonaws.com", "Z0666869LC74UHAO5YE4"},
	"ap-southeast-5":  {"Z08660063OXLMA7F1FJHU", "s3-website.ap-southeast-5.amazonaws.com", "Z01812971H0QCYWSL7WOH"},
	"ap-southeast-6":  {"", "s3-website.ap-southeast-6.amazonaws.com", "Z01144401H1NECCLJDD4D"},
	"ap-southeast-7":  {"Z0031014GXUMRZG6I14G", "s3-website.ap-southeast-7.amazonaws.com", "Z1R25G3KIG2GBW"},
	"ca-central-1":    {"Z1QDHH18159H29", "s3-website.ca-central-1.amazonaws.com", "ZJFCZL7SSZB5I"},
	"ca-west-1":       {"Z03565811Z33SLEZTHOUL", "s3-website.ca-west-1.amazonaws.com", "Z1021028356Y0CYS11DQI"},
	"cn-north-1":      {"Z5CN8UMXT92WN", "s3-website.cn-north-1.amazonaws.com.cn", ""},
	"cn-northwest-1":  {"Z282HJ1KT0DH03", "s3-website.cn-northwest-1.amazonaws.com.cn", ""},
	"eu-central-1":    {"Z21DNDUVLTQW6Q", "s3-website.eu-central-1.amazonaws.com", "Z1FRNW7UH4DEZJ"},
	"eu-central-2":    {"Z030506016YDQGETNASS", "s3-website.eu-central-2.amazonaws.com", "Z00227012FSHBMZNNSJJI"},
	"eu-isoe-west-1":  {"", "s3-website.eu-isoe-west-1.cloud.adc-e.uk", ""},
	"eu-north-1":      {"Z3BAZG2TWCNX0D", "s3-website.eu-north-1.amazonaws.com", "Z23GO28BZ5AETM"},
	"eu-south-1":      {"Z3IXVV8C73GIO3", "s3-website.eu-south-1.amazonaws.com", "Z10VDYYOA2JFKM"},
	"eu-south-2":      {"Z0081959F7139GRJC19J", "s3-website.eu-south-2.amazonaws.com", "Z23GO28BZ5AETM"},
	"eu-west-1":       {"Z1BKCTXD74EZPE", "s3-website-eu-west-1.amazonaws.com", "Z2NYPWQ7DFZAZH"},
	"eu-west-2":       {"Z3GKZC51ZF0DB4", "s3-website.eu-west-2.amazonaws.com", "Z1GKAAAUGATPF1"},
	"eu-west-3":       {"Z3R1K369G5AVDG", "s3-website.eu-west-3.amazonaws.com", "Z5WN6GAYWG5OB"},
	"eusc-de-east-1":  {"", "s3-website.eusc-de-east-1.amazonaws.eu", ""},
	"il-central-1":    {"Z09640613K4A3MN55U7GU", "s3-website.il-central-1.amazonaws.com", "Z02941091PERNCB1MI5H7"},
	"me-central-1":    {"Z06143092I8HRXZRUZROF", "s3-website.me-central-1.amazonaws.com", ""},
	"me-south-1":      {"Z1MPMWCPA7YB62", "s3-website.me-south-1.amazonaws.com", "Z2BBTEKR2I36N2"},
	"me-west-1":       {"", "s3-website.me-west-1.amazonaws.com", ""},
	"mx-central-1":    {"", "s3-website.mx-central-1.amazonaws.com", ""},
	"sa-east-1":       {"Z7KQH4QJS55SO", "s3-website-sa-east-1.amazonaws.com", "Z10X7K2B4QSOFV"},
	"us-east-1":       {"Z3AQBSTGFYJSTF", "s3-website-us-east-1.amazonaws.com", "Z117KPS5GTRQ2G"},
	"us-east-2":       {"Z2O1EMRO9K5GLX", "s3-website.us-east-2.amazonaws.com", "Z14LCN19Q5QHIC"},
	"us-gov-east-1":   {"Z2NIFVYYW2VKV1", "s3-website.us-gov-east-1.amazonaws.com", "Z35TSARG0EJ4VU"},
	"us-gov-west-1":   {"Z31GFT0UA1I2HV", "s3-website-us-gov-west-1.amazonaws.com", "Z4KAURWC4UUUG"},
	"us-iso-east-1":   {"", "s3-website.us-iso-east-1.c2s.ic.gov", ""},
	"us-iso-west-1":   {"", "s3-website.us-iso-west-1.c2s.ic.gov", ""},
	"us-isob-east-1":  {"", "s3-website.us-isob-east-1.sc2s.sgov.gov", ""},
	"us-isob-west-1":  {"", "s3-website.us-isob-west-1.sc2s.sgov.gov", ""},
	"us-isof-east-1":  {"Z03373031FTGQH4MNG6ST", "s3-website.us-isof-east-1.csp.hci.ic.gov", ""},
	"us-isof-south-1": {"Z03376072I8GXC2DXUFXI", "s3-website.us-isof-south-1.csp.hci.ic.gov", ""},
	"us-west-1":       {"Z2F56UZL2M1ACD", "s3-website-us-west-1.amazonaws.com", "Z1LQECGX5PH1X"},
	"us-west-2":       {"Z3BJ6K6RIION7M", "s3-website-us-west-2.amazonaws.com", "Z38NKT9BP95V3O"},
}
