package unicode

// Range tables. golc answers the predefined tables (general categories and scripts) from the JVM's
// character database, which implements the same Unicode version (13.0) as Go 1.19; tables built by
// programs are searched range by range as in Go.

// Range16 represents of a range of 16-bit Unicode code points: Lo to Hi inclusive, with the given stride.
type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

// Range32 represents of a range of Unicode code points: Lo to Hi inclusive, with the given stride.
type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of code points within the set.
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int    // number of entries in R16 with Hi <= MaxLatin1
	prop        int    // golc: for predefined tables, a category mask (below 1<<32), 1<<40 | a script's JVM number, or scriptUnresolved
	script      string // golc: the script's name, looked up on the table's first use
}

// scriptUnresolved is the prop of a script table whose JVM number has not been looked up yet: the ~160 script
// tables are package variables, and looking all of them up while every program starts cost milliseconds.
const scriptUnresolved = 1 << 41

// catMask is the prop of a table holding the general categories cats.
func catMask(cats ...int) *RangeTable {
	m := 0
	for _, c := range cats {
		m |= 1 << uint(c)
	}
	return &RangeTable{prop: m}
}

// scriptTable is the table of the script with the given Unicode name.
func scriptTable(name string) *RangeTable {
	return &RangeTable{prop: scriptUnresolved, script: name}
}

func (t *RangeTable) has(r rune) bool {
	if t.prop != 0 {
		if t.prop < 1<<32 {
			return t.prop&(1<<uint(category(r))) != 0
		}
		if t.prop == scriptUnresolved {
			t.prop = 1<<40 | scriptID(t.script) // racing goroutines store the same value
		}
		return r >= 0 && r <= MaxRune && scriptOf(r) == t.prop&(1<<32-1)
	}
	for _, rg := range t.R16 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	for _, rg := range t.R32 {
		if r < rune(rg.Lo) {
			return false
		}
		if r <= rune(rg.Hi) {
			return rg.Stride == 1 || (r-rune(rg.Lo))%rune(rg.Stride) == 0
		}
	}
	return false
}

// Is reports whether the rune is in the specified table of ranges.
func Is(rangeTab *RangeTable, r rune) bool {
	return rangeTab.has(r)
}

// In reports whether the rune is a member of one of the ranges.
func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// IsOneOf reports whether the rune is a member of one of the ranges. The function "In" provides a nicer
// signature and should be used in preference to IsOneOf.
func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

// General categories.
var (
	Cc     = catMask(catCc)
	Cf     = catMask(catCf)
	Co     = catMask(catCo)
	Cs     = catMask(catCs)
	Lu     = catMask(catLu)
	Ll     = catMask(catLl)
	Lt     = catMask(catLt)
	Lm     = catMask(catLm)
	Lo     = catMask(catLo)
	Mn     = catMask(catMn)
	Mc     = catMask(catMc)
	Me     = catMask(catMe)
	Nd     = catMask(catNd)
	Nl     = catMask(catNl)
	No     = catMask(catNo)
	Pc     = catMask(catPc)
	Pd     = catMask(catPd)
	Ps     = catMask(catPs)
	Pe     = catMask(catPe)
	Pi     = catMask(catPi)
	Pf     = catMask(catPf)
	Po     = catMask(catPo)
	Sm     = catMask(catSm)
	Sc     = catMask(catSc)
	Sk     = catMask(catSk)
	So     = catMask(catSo)
	Zs     = catMask(catZs)
	Zl     = catMask(catZl)
	Zp     = catMask(catZp)
	C      = catMask(catCc, catCf, catCo, catCs)
	L      = catMask(catLu, catLl, catLt, catLm, catLo)
	M      = catMask(catMn, catMc, catMe)
	N      = catMask(catNd, catNl, catNo)
	P      = catMask(catPc, catPd, catPs, catPe, catPi, catPf, catPo)
	S      = catMask(catSm, catSc, catSk, catSo)
	Z      = catMask(catZs, catZl, catZp)
	Other  = C
	Letter = L
	Mark   = M
	Number = N
	Punct  = P
	Symbol = S
	Space  = Z
	Upper  = Lu
	Lower  = Ll
	Title  = Lt
	Digit  = Nd
)

// Scripts.
var (
	Adlam                  = scriptTable("Adlam")
	Ahom                   = scriptTable("Ahom")
	Anatolian_Hieroglyphs  = scriptTable("Anatolian_Hieroglyphs")
	Arabic                 = scriptTable("Arabic")
	Armenian               = scriptTable("Armenian")
	Avestan                = scriptTable("Avestan")
	Balinese               = scriptTable("Balinese")
	Bamum                  = scriptTable("Bamum")
	Bassa_Vah              = scriptTable("Bassa_Vah")
	Batak                  = scriptTable("Batak")
	Bengali                = scriptTable("Bengali")
	Bhaiksuki              = scriptTable("Bhaiksuki")
	Bopomofo               = scriptTable("Bopomofo")
	Brahmi                 = scriptTable("Brahmi")
	Braille                = scriptTable("Braille")
	Buginese               = scriptTable("Buginese")
	Buhid                  = scriptTable("Buhid")
	Canadian_Aboriginal    = scriptTable("Canadian_Aboriginal")
	Carian                 = scriptTable("Carian")
	Caucasian_Albanian     = scriptTable("Caucasian_Albanian")
	Chakma                 = scriptTable("Chakma")
	Cham                   = scriptTable("Cham")
	Cherokee               = scriptTable("Cherokee")
	Chorasmian             = scriptTable("Chorasmian")
	Common                 = scriptTable("Common")
	Coptic                 = scriptTable("Coptic")
	Cuneiform              = scriptTable("Cuneiform")
	Cypriot                = scriptTable("Cypriot")
	Cyrillic               = scriptTable("Cyrillic")
	Deseret                = scriptTable("Deseret")
	Devanagari             = scriptTable("Devanagari")
	Dives_Akuru            = scriptTable("Dives_Akuru")
	Dogra                  = scriptTable("Dogra")
	Duployan               = scriptTable("Duployan")
	Egyptian_Hieroglyphs   = scriptTable("Egyptian_Hieroglyphs")
	Elbasan                = scriptTable("Elbasan")
	Elymaic                = scriptTable("Elymaic")
	Ethiopic               = scriptTable("Ethiopic")
	Georgian               = scriptTable("Georgian")
	Glagolitic             = scriptTable("Glagolitic")
	Gothic                 = scriptTable("Gothic")
	Grantha                = scriptTable("Grantha")
	Greek                  = scriptTable("Greek")
	Gujarati               = scriptTable("Gujarati")
	Gunjala_Gondi          = scriptTable("Gunjala_Gondi")
	Gurmukhi               = scriptTable("Gurmukhi")
	Han                    = scriptTable("Han")
	Hangul                 = scriptTable("Hangul")
	Hanifi_Rohingya        = scriptTable("Hanifi_Rohingya")
	Hanunoo                = scriptTable("Hanunoo")
	Hatran                 = scriptTable("Hatran")
	Hebrew                 = scriptTable("Hebrew")
	Hiragana               = scriptTable("Hiragana")
	Imperial_Aramaic       = scriptTable("Imperial_Aramaic")
	Inherited              = scriptTable("Inherited")
	Inscriptional_Pahlavi  = scriptTable("Inscriptional_Pahlavi")
	Inscriptional_Parthian = scriptTable("Inscriptional_Parthian")
	Javanese               = scriptTable("Javanese")
	Kaithi                 = scriptTable("Kaithi")
	Kannada                = scriptTable("Kannada")
	Katakana               = scriptTable("Katakana")
	Kayah_Li               = scriptTable("Kayah_Li")
	Kharoshthi             = scriptTable("Kharoshthi")
	Khitan_Small_Script    = scriptTable("Khitan_Small_Script")
	Khmer                  = scriptTable("Khmer")
	Khojki                 = scriptTable("Khojki")
	Khudawadi              = scriptTable("Khudawadi")
	Lao                    = scriptTable("Lao")
	Latin                  = scriptTable("Latin")
	Lepcha                 = scriptTable("Lepcha")
	Limbu                  = scriptTable("Limbu")
	Linear_A               = scriptTable("Linear_A")
	Linear_B               = scriptTable("Linear_B")
	Lisu                   = scriptTable("Lisu")
	Lycian                 = scriptTable("Lycian")
	Lydian                 = scriptTable("Lydian")
	Mahajani               = scriptTable("Mahajani")
	Makasar                = scriptTable("Makasar")
	Malayalam              = scriptTable("Malayalam")
	Mandaic                = scriptTable("Mandaic")
	Manichaean             = scriptTable("Manichaean")
	Marchen                = scriptTable("Marchen")
	Masaram_Gondi          = scriptTable("Masaram_Gondi")
	Medefaidrin            = scriptTable("Medefaidrin")
	Meetei_Mayek           = scriptTable("Meetei_Mayek")
	Mende_Kikakui          = scriptTable("Mende_Kikakui")
	Meroitic_Cursive       = scriptTable("Meroitic_Cursive")
	Meroitic_Hieroglyphs   = scriptTable("Meroitic_Hieroglyphs")
	Miao                   = scriptTable("Miao")
	Modi                   = scriptTable("Modi")
	Mongolian              = scriptTable("Mongolian")
	Mro                    = scriptTable("Mro")
	Multani                = scriptTable("Multani")
	Myanmar                = scriptTable("Myanmar")
	Nabataean              = scriptTable("Nabataean")
	Nandinagari            = scriptTable("Nandinagari")
	New_Tai_Lue            = scriptTable("New_Tai_Lue")
	Newa                   = scriptTable("Newa")
	Nko                    = scriptTable("Nko")
	Nushu                  = scriptTable("Nushu")
	Nyiakeng_Puachue_Hmong = scriptTable("Nyiakeng_Puachue_Hmong")
	Ogham                  = scriptTable("Ogham")
	Ol_Chiki               = scriptTable("Ol_Chiki")
	Old_Hungarian          = scriptTable("Old_Hungarian")
	Old_Italic             = scriptTable("Old_Italic")
	Old_North_Arabian      = scriptTable("Old_North_Arabian")
	Old_Permic             = scriptTable("Old_Permic")
	Old_Persian            = scriptTable("Old_Persian")
	Old_Sogdian            = scriptTable("Old_Sogdian")
	Old_South_Arabian      = scriptTable("Old_South_Arabian")
	Old_Turkic             = scriptTable("Old_Turkic")
	Oriya                  = scriptTable("Oriya")
	Osage                  = scriptTable("Osage")
	Osmanya                = scriptTable("Osmanya")
	Pahawh_Hmong           = scriptTable("Pahawh_Hmong")
	Palmyrene              = scriptTable("Palmyrene")
	Pau_Cin_Hau            = scriptTable("Pau_Cin_Hau")
	Phags_Pa               = scriptTable("Phags_Pa")
	Phoenician             = scriptTable("Phoenician")
	Psalter_Pahlavi        = scriptTable("Psalter_Pahlavi")
	Rejang                 = scriptTable("Rejang")
	Runic                  = scriptTable("Runic")
	Samaritan              = scriptTable("Samaritan")
	Saurashtra             = scriptTable("Saurashtra")
	Sharada                = scriptTable("Sharada")
	Shavian                = scriptTable("Shavian")
	Siddham                = scriptTable("Siddham")
	SignWriting            = scriptTable("SignWriting")
	Sinhala                = scriptTable("Sinhala")
	Sogdian                = scriptTable("Sogdian")
	Sora_Sompeng           = scriptTable("Sora_Sompeng")
	Soyombo                = scriptTable("Soyombo")
	Sundanese              = scriptTable("Sundanese")
	Syloti_Nagri           = scriptTable("Syloti_Nagri")
	Syriac                 = scriptTable("Syriac")
	Tagalog                = scriptTable("Tagalog")
	Tagbanwa               = scriptTable("Tagbanwa")
	Tai_Le                 = scriptTable("Tai_Le")
	Tai_Tham               = scriptTable("Tai_Tham")
	Tai_Viet               = scriptTable("Tai_Viet")
	Takri                  = scriptTable("Takri")
	Tamil                  = scriptTable("Tamil")
	Tangut                 = scriptTable("Tangut")
	Telugu                 = scriptTable("Telugu")
	Thaana                 = scriptTable("Thaana")
	Thai                   = scriptTable("Thai")
	Tibetan                = scriptTable("Tibetan")
	Tifinagh               = scriptTable("Tifinagh")
	Tirhuta                = scriptTable("Tirhuta")
	Ugaritic               = scriptTable("Ugaritic")
	Vai                    = scriptTable("Vai")
	Wancho                 = scriptTable("Wancho")
	Warang_Citi            = scriptTable("Warang_Citi")
	Yezidi                 = scriptTable("Yezidi")
	Yi                     = scriptTable("Yi")
	Zanabazar_Square       = scriptTable("Zanabazar_Square")
)

// White_Space is the table of the White_Space property (as IsSpace beyond Latin-1).
var White_Space = &RangeTable{R16: []Range16{{0x0009, 0x000d, 1}, {0x0020, 0x0085, 101}, {0x00a0, 0x1680, 5600},
	{0x2000, 0x200a, 1}, {0x2028, 0x2029, 1}, {0x202f, 0x205f, 48}, {0x3000, 0x3000, 1}}, LatinOffset: 2}

// GraphicRanges defines the set of graphic characters according to Unicode.
var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

// PrintRanges defines the set of printable characters according to Go (ASCII space, U+0020, is handled separately).
var PrintRanges = []*RangeTable{L, M, N, P, S}
