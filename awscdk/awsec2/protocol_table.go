package awsec2

// Protocol is an IP protocol of a security group or network ACL rule.
type Protocol string

const (
	Protocol_ALL             Protocol = "ALL"
	Protocol_HOPOPT          Protocol = "HOPOPT"
	Protocol_ICMP            Protocol = "ICMP"
	Protocol_IGMP            Protocol = "IGMP"
	Protocol_GGP             Protocol = "GGP"
	Protocol_IPV4            Protocol = "IPV4"
	Protocol_ST              Protocol = "ST"
	Protocol_TCP             Protocol = "TCP"
	Protocol_CBT             Protocol = "CBT"
	Protocol_EGP             Protocol = "EGP"
	Protocol_IGP             Protocol = "IGP"
	Protocol_BBN_RCC_MON     Protocol = "BBN_RCC_MON"
	Protocol_NVP_II          Protocol = "NVP_II"
	Protocol_PUP             Protocol = "PUP"
	Protocol_EMCON           Protocol = "EMCON"
	Protocol_XNET            Protocol = "XNET"
	Protocol_CHAOS           Protocol = "CHAOS"
	Protocol_UDP             Protocol = "UDP"
	Protocol_MUX             Protocol = "MUX"
	Protocol_DCN_MEAS        Protocol = "DCN_MEAS"
	Protocol_HMP             Protocol = "HMP"
	Protocol_PRM             Protocol = "PRM"
	Protocol_XNS_IDP         Protocol = "XNS_IDP"
	Protocol_TRUNK_1         Protocol = "TRUNK_1"
	Protocol_TRUNK_2         Protocol = "TRUNK_2"
	Protocol_LEAF_1          Protocol = "LEAF_1"
	Protocol_LEAF_2          Protocol = "LEAF_2"
	Protocol_RDP             Protocol = "RDP"
	Protocol_IRTP            Protocol = "IRTP"
	Protocol_ISO_TP4         Protocol = "ISO_TP4"
	Protocol_NETBLT          Protocol = "NETBLT"
	Protocol_MFE_NSP         Protocol = "MFE_NSP"
	Protocol_MERIT_INP       Protocol = "MERIT_INP"
	Protocol_DCCP            Protocol = "DCCP"
	Protocol_THREEPC         Protocol = "THREEPC"
	Protocol_IDPR            Protocol = "IDPR"
	Protocol_XTP             Protocol = "XTP"
	Protocol_DDP             Protocol = "DDP"
	Protocol_IDPR_CMTP       Protocol = "IDPR_CMTP"
	Protocol_TPPLUSPLUS      Protocol = "TPPLUSPLUS"
	Protocol_IL              Protocol = "IL"
	Protocol_IPV6            Protocol = "IPV6"
	Protocol_SDRP            Protocol = "SDRP"
	Protocol_IPV6_ROUTE      Protocol = "IPV6_ROUTE"
	Protocol_IPV6_FRAG       Protocol = "IPV6_FRAG"
	Protocol_IDRP            Protocol = "IDRP"
	Protocol_RSVP            Protocol = "RSVP"
	Protocol_GRE             Protocol = "GRE"
	Protocol_DSR             Protocol = "DSR"
	Protocol_BNA             Protocol = "BNA"
	Protocol_ESP             Protocol = "ESP"
	Protocol_AH              Protocol = "AH"
	Protocol_I_NLSP          Protocol = "I_NLSP"
	Protocol_SWIPE           Protocol = "SWIPE"
	Protocol_NARP            Protocol = "NARP"
	Protocol_MOBILE          Protocol = "MOBILE"
	Protocol_TLSP            Protocol = "TLSP"
	Protocol_SKIP            Protocol = "SKIP"
	Protocol_ICMPV6          Protocol = "ICMPV6"
	Protocol_IPV6_NONXT      Protocol = "IPV6_NONXT"
	Protocol_IPV6_OPTS       Protocol = "IPV6_OPTS"
	Protocol_CFTP            Protocol = "CFTP"
	Protocol_ANY_LOCAL       Protocol = "ANY_LOCAL"
	Protocol_SAT_EXPAK       Protocol = "SAT_EXPAK"
	Protocol_KRYPTOLAN       Protocol = "KRYPTOLAN"
	Protocol_RVD             Protocol = "RVD"
	Protocol_IPPC            Protocol = "IPPC"
	Protocol_ANY_DFS         Protocol = "ANY_DFS"
	Protocol_SAT_MON         Protocol = "SAT_MON"
	Protocol_VISA            Protocol = "VISA"
	Protocol_IPCV            Protocol = "IPCV"
	Protocol_CPNX            Protocol = "CPNX"
	Protocol_CPHB            Protocol = "CPHB"
	Protocol_WSN             Protocol = "WSN"
	Protocol_PVP             Protocol = "PVP"
	Protocol_BR_SAT_MON      Protocol = "BR_SAT_MON"
	Protocol_SUN_ND          Protocol = "SUN_ND"
	Protocol_WB_MON          Protocol = "WB_MON"
	Protocol_WB_EXPAK        Protocol = "WB_EXPAK"
	Protocol_ISO_IP          Protocol = "ISO_IP"
	Protocol_VMTP            Protocol = "VMTP"
	Protocol_SECURE_VMTP     Protocol = "SECURE_VMTP"
	Protocol_VINES           Protocol = "VINES"
	Protocol_TTP             Protocol = "TTP"
	Protocol_IPTM            Protocol = "IPTM"
	Protocol_NSFNET_IGP      Protocol = "NSFNET_IGP"
	Protocol_DGP             Protocol = "DGP"
	Protocol_TCF             Protocol = "TCF"
	Protocol_EIGRP           Protocol = "EIGRP"
	Protocol_OSPFIGP         Protocol = "OSPFIGP"
	Protocol_SPRITE_RPC      Protocol = "SPRITE_RPC"
	Protocol_LARP            Protocol = "LARP"
	Protocol_MTP             Protocol = "MTP"
	Protocol_AX_25           Protocol = "AX_25"
	Protocol_IPIP            Protocol = "IPIP"
	Protocol_MICP            Protocol = "MICP"
	Protocol_SCC_SP          Protocol = "SCC_SP"
	Protocol_ETHERIP         Protocol = "ETHERIP"
	Protocol_ENCAP           Protocol = "ENCAP"
	Protocol_ANY_ENC         Protocol = "ANY_ENC"
	Protocol_GMTP            Protocol = "GMTP"
	Protocol_IFMP            Protocol = "IFMP"
	Protocol_PNNI            Protocol = "PNNI"
	Protocol_PIM             Protocol = "PIM"
	Protocol_ARIS            Protocol = "ARIS"
	Protocol_SCPS            Protocol = "SCPS"
	Protocol_QNX             Protocol = "QNX"
	Protocol_A_N             Protocol = "A_N"
	Protocol_IPCOMP          Protocol = "IPCOMP"
	Protocol_SNP             Protocol = "SNP"
	Protocol_COMPAQ_PEER     Protocol = "COMPAQ_PEER"
	Protocol_IPX_IN_IP       Protocol = "IPX_IN_IP"
	Protocol_VRRP            Protocol = "VRRP"
	Protocol_PGM             Protocol = "PGM"
	Protocol_ANY_0_HOP       Protocol = "ANY_0_HOP"
	Protocol_L2_T_P          Protocol = "L2_T_P"
	Protocol_DDX             Protocol = "DDX"
	Protocol_IATP            Protocol = "IATP"
	Protocol_STP             Protocol = "STP"
	Protocol_SRP             Protocol = "SRP"
	Protocol_UTI             Protocol = "UTI"
	Protocol_SMP             Protocol = "SMP"
	Protocol_SM              Protocol = "SM"
	Protocol_PTP             Protocol = "PTP"
	Protocol_ISIS_IPV4       Protocol = "ISIS_IPV4"
	Protocol_FIRE            Protocol = "FIRE"
	Protocol_CRTP            Protocol = "CRTP"
	Protocol_CRUDP           Protocol = "CRUDP"
	Protocol_SSCOPMCE        Protocol = "SSCOPMCE"
	Protocol_IPLT            Protocol = "IPLT"
	Protocol_SPS             Protocol = "SPS"
	Protocol_PIPE            Protocol = "PIPE"
	Protocol_SCTP            Protocol = "SCTP"
	Protocol_FC              Protocol = "FC"
	Protocol_RSVP_E2E_IGNORE Protocol = "RSVP_E2E_IGNORE"
	Protocol_MOBILITY_HEADER Protocol = "MOBILITY_HEADER"
	Protocol_UDPLITE         Protocol = "UDPLITE"
	Protocol_MPLS_IN_IP      Protocol = "MPLS_IN_IP"
	Protocol_MANET           Protocol = "MANET"
	Protocol_HIP             Protocol = "HIP"
	Protocol_SHIM6           Protocol = "SHIM6"
	Protocol_WESP            Protocol = "WESP"
	Protocol_ROHC            Protocol = "ROHC"
	Protocol_ETHERNET        Protocol = "ETHERNET"
	Protocol_EXPERIMENT_1    Protocol = "EXPERIMENT_1"
	Protocol_EXPERIMENT_2    Protocol = "EXPERIMENT_2"
	Protocol_RESERVED        Protocol = "RESERVED"
)

// protocolNumber is the value CloudFormation takes for each protocol.
var protocolNumber = map[Protocol]string{
	Protocol_ALL:             "-1",
	Protocol_HOPOPT:          "0",
	Protocol_ICMP:            "icmp",
	Protocol_IGMP:            "2",
	Protocol_GGP:             "3",
	Protocol_IPV4:            "4",
	Protocol_ST:              "5",
	Protocol_TCP:             "tcp",
	Protocol_CBT:             "7",
	Protocol_EGP:             "8",
	Protocol_IGP:             "9",
	Protocol_BBN_RCC_MON:     "10",
	Protocol_NVP_II:          "11",
	Protocol_PUP:             "12",
	Protocol_EMCON:           "14",
	Protocol_XNET:            "15",
	Protocol_CHAOS:           "16",
	Protocol_UDP:             "udp",
	Protocol_MUX:             "18",
	Protocol_DCN_MEAS:        "19",
	Protocol_HMP:             "20",
	Protocol_PRM:             "21",
	Protocol_XNS_IDP:         "22",
	Protocol_TRUNK_1:         "23",
	Protocol_TRUNK_2:         "24",
	Protocol_LEAF_1:          "25",
	Protocol_LEAF_2:          "26",
	Protocol_RDP:             "27",
	Protocol_IRTP:            "28",
	Protocol_ISO_TP4:         "29",
	Protocol_NETBLT:          "30",
	Protocol_MFE_NSP:         "31",
	Protocol_MERIT_INP:       "32",
	Protocol_DCCP:            "33",
	Protocol_THREEPC:         "34",
	Protocol_IDPR:            "35",
	Protocol_XTP:             "36",
	Protocol_DDP:             "37",
	Protocol_IDPR_CMTP:       "38",
	Protocol_TPPLUSPLUS:      "39",
	Protocol_IL:              "40",
	Protocol_IPV6:            "41",
	Protocol_SDRP:            "42",
	Protocol_IPV6_ROUTE:      "43",
	Protocol_IPV6_FRAG:       "44",
	Protocol_IDRP:            "45",
	Protocol_RSVP:            "46",
	Protocol_GRE:             "47",
	Protocol_DSR:             "48",
	Protocol_BNA:             "49",
	Protocol_ESP:             "50",
	Protocol_AH:              "51",
	Protocol_I_NLSP:          "52",
	Protocol_SWIPE:           "53",
	Protocol_NARP:            "54",
	Protocol_MOBILE:          "55",
	Protocol_TLSP:            "56",
	Protocol_SKIP:            "57",
	Protocol_ICMPV6:          "icmpv6",
	Protocol_IPV6_NONXT:      "59",
	Protocol_IPV6_OPTS:       "60",
	Protocol_CFTP:            "62",
	Protocol_ANY_LOCAL:       "63",
	Protocol_SAT_EXPAK:       "64",
	Protocol_KRYPTOLAN:       "65",
	Protocol_RVD:             "66",
	Protocol_IPPC:            "67",
	Protocol_ANY_DFS:         "68",
	Protocol_SAT_MON:         "69",
	Protocol_VISA:            "70",
	Protocol_IPCV:            "71",
	Protocol_CPNX:            "72",
	Protocol_CPHB:            "73",
	Protocol_WSN:             "74",
	Protocol_PVP:             "75",
	Protocol_BR_SAT_MON:      "76",
	Protocol_SUN_ND:          "77",
	Protocol_WB_MON:          "78",
	Protocol_WB_EXPAK:        "79",
	Protocol_ISO_IP:          "80",
	Protocol_VMTP:            "81",
	Protocol_SECURE_VMTP:     "82",
	Protocol_VINES:           "83",
	Protocol_TTP:             "84",
	Protocol_IPTM:            "84_",
	Protocol_NSFNET_IGP:      "85",
	Protocol_DGP:             "86",
	Protocol_TCF:             "87",
	Protocol_EIGRP:           "88",
	Protocol_OSPFIGP:         "89",
	Protocol_SPRITE_RPC:      "90",
	Protocol_LARP:            "91",
	Protocol_MTP:             "92",
	Protocol_AX_25:           "93",
	Protocol_IPIP:            "94",
	Protocol_MICP:            "95",
	Protocol_SCC_SP:          "96",
	Protocol_ETHERIP:         "97",
	Protocol_ENCAP:           "98",
	Protocol_ANY_ENC:         "99",
	Protocol_GMTP:            "100",
	Protocol_IFMP:            "101",
	Protocol_PNNI:            "102",
	Protocol_PIM:             "103",
	Protocol_ARIS:            "104",
	Protocol_SCPS:            "105",
	Protocol_QNX:             "106",
	Protocol_A_N:             "107",
	Protocol_IPCOMP:          "108",
	Protocol_SNP:             "109",
	Protocol_COMPAQ_PEER:     "110",
	Protocol_IPX_IN_IP:       "111",
	Protocol_VRRP:            "112",
	Protocol_PGM:             "113",
	Protocol_ANY_0_HOP:       "114",
	Protocol_L2_T_P:          "115",
	Protocol_DDX:             "116",
	Protocol_IATP:            "117",
	Protocol_STP:             "118",
	Protocol_SRP:             "119",
	Protocol_UTI:             "120",
	Protocol_SMP:             "121",
	Protocol_SM:              "122",
	Protocol_PTP:             "123",
	Protocol_ISIS_IPV4:       "124",
	Protocol_FIRE:            "125",
	Protocol_CRTP:            "126",
	Protocol_CRUDP:           "127",
	Protocol_SSCOPMCE:        "128",
	Protocol_IPLT:            "129",
	Protocol_SPS:             "130",
	Protocol_PIPE:            "131",
	Protocol_SCTP:            "132",
	Protocol_FC:              "133",
	Protocol_RSVP_E2E_IGNORE: "134",
	Protocol_MOBILITY_HEADER: "135",
	Protocol_UDPLITE:         "136",
	Protocol_MPLS_IN_IP:      "137",
	Protocol_MANET:           "138",
	Protocol_HIP:             "139",
	Protocol_SHIM6:           "140",
	Protocol_WESP:            "141",
	Protocol_ROHC:            "142",
	Protocol_ETHERNET:        "143",
	Protocol_EXPERIMENT_1:    "253",
	Protocol_EXPERIMENT_2:    "254",
	Protocol_RESERVED:        "255",
}
