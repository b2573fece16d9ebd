import Testing
@testable import CorrgraphRead

/// Edge lists and corrgraph's own CSV of acts, read as acts (expectations worked out from the header
/// rules in `EdgeListReader`).
struct EdgeListReaderTests {
    private func read(_ text: String, source: String = "edges.csv") throws -> [CatalogueRecord] {
        try CSVRecordReader().read(bytes: Array(text.utf8), source: source)
    }

    private func names(_ parties: [StatedParty]?) -> [String] { (parties ?? []).map(\.name) }

    @Test(arguments: [
        ("from,to", ","), ("From,To", ","), ("SOURCE,TARGET", ","), ("sender,recipient", ","),
        ("Author,Addressee", ","), ("Absender;Empfänger", ";"), ("expéditeur,destinataire", ","),
        ("Expéditeur\tDestinataire", "\t"),
    ])
    func senderAndRecipientSynonymsInAnyCase(header: String, separator: String) throws {
        let text = header + "\n" + ["Kim Il Sung", "Zhou Enlai"].joined(separator: separator) + "\n"
        let records = try read(text, source: separator == "\t" ? "edges.tsv" : "edges.csv")
        #expect(records.count == 1)
        let act = try #require(records.first?.stated?.acts?.first)
        #expect(act.kind == .message)
        #expect(names(act.from) == ["Kim Il Sung"])
        #expect(names(act.to) == ["Zhou Enlai"])
        #expect(records[0].line == 2)
        #expect(records[0].id == "edges.csv#1" || records[0].id == "edges.tsv#1")
    }

    @Test func datesViaSeveralNamesTypeAndPlace() throws {
        let text = """
            Sender,Recipient,Date,Via,Type,Id,Place
            Ana Sousa; Rui Sousa,Lena Park,1950-03,Omar Haddad; Li Wei,telegram,L-1,Lisboa
            Lena Park,Ana Sousa,1951,,,L-2,
            Lena Park,Rui Sousa,1952-06-07,,,,
            """
        let records = try read(text)
        #expect(records.map(\.id) == ["L-1", "L-2", "edges.csv#3"])
        let first = try #require(records[0].stated)
        #expect(names(first.acts?[0].from) == ["Ana Sousa", "Rui Sousa"])
        #expect(names(first.acts?[0].via) == ["Omar Haddad", "Li Wei"])
        #expect(first.earliest == "1950-03")
        #expect(first.latest == "1950-03")
        #expect(first.documentType == "telegram")
        #expect(records[0].summary == "Place: Lisboa.")
        #expect(records[0].title == "Telegram, Ana Sousa; Rui Sousa to Lena Park via Omar Haddad; Li Wei")
        #expect(records[1].stated?.earliest == "1951")
        #expect(records[2].stated?.earliest == "1952-06-07")
    }

    @Test func oneSidedNotBeforeNotAfterColumnsAreOpenIntervals() throws {
        let text = "from,to,notBefore,notAfter\nA. Rahimov,Sun Li,1921-05,\nSun Li,A. Rahimov,,1922\nSun Li,Bo Ra,,\n"
        let records = try read(text)
        #expect(records[0].stated?.earliest == "1921-05")
        #expect(records[0].stated?.latest == nil)
        #expect(records[1].stated?.earliest == nil)
        #expect(records[1].stated?.latest == "1922")
        #expect(records[2].stated?.earliest == nil && records[2].stated?.latest == nil)
    }

    @Test func rowsWithTheSameIdAreOneRecordAndConversationsHaveParticipants() throws {
        let text = """
            record,kind,from,to,via,start,end,evidence,source,line,date,title
            p.txt#4,message,Kim Il Sung,Zhou Enlai,,1950-03-01,1950-03-31,title,p.txt,12,March 1950,"Letter, Kim to Zhou"
            p.txt#4,conversation,Kim Il Sung; Zhou Enlai; Pak Hon-yong,,,1950-03-01,1950-03-31,summary,p.txt,12,March 1950,"Letter, Kim to Zhou"
            """
        let records = try read(text)
        #expect(records.count == 1)
        let r = records[0]
        #expect(r.id == "p.txt#4")
        #expect(r.source == "p.txt")
        #expect(r.line == 12)
        #expect(r.date == "March 1950")
        #expect(r.title == "Letter, Kim to Zhou")
        #expect(r.stated?.acts?.map(\.kind) == [.message, .conversation])
        #expect(r.stated?.acts?.map(\.evidence) == ["title", "summary"])
        #expect(names(r.stated?.acts?[1].participants) == ["Kim Il Sung", "Zhou Enlai", "Pak Hon-yong"])
    }

    @Test func gephiEdgeTableWithWeightsAndReceiverSynonym() throws {
        let records = try read("Source,Target,Type,Id,Label,Weight\nSun Li,Bo Ra,Directed,0,,3\n")
        #expect(records[0].stated?.acts?.count == 3)
        #expect(records[0].stated?.documentType == nil)
        let nodegoat = try read("Sender,Receiver\nSun Li,Bo Ra\n")
        #expect(names(nodegoat[0].stated?.acts?[0].to) == ["Bo Ra"])
        #expect(readError { try read("from,to,weight\nSun Li,Bo Ra,2.5\n") }?.reason.contains("column 3 (weight)") == true)
        #expect(readError { try read("from,to,weight\nSun Li,Bo Ra,999999999999\n") }?.line == 2)
    }

    /// Found while preparing the fuzz runs (docs/fuzzing.md): 3,270 rows of weight 10,000 in 33 KB were 33 million acts and
    /// ran out of 2 GB. The weights of a table add up to at most a million acts; the row past it is the error.
    @Test(.timeLimit(.minutes(1)))
    func weightsAddUpToAMillionActsAtMost() throws {
        // 100 rows of 10,000 are exactly 1,000,000: read. Row 101 is line 102 (the header is line 1).
        let atLimit = "from,to,weight\n" + String(repeating: "Sun Li,Bo Ra,10000\n", count: 100)
        #expect(try read(atLimit).reduce(0) { $0 + ($1.stated?.acts?.count ?? 0) } == 1_000_000)
        let error = readError { try read(atLimit + String(repeating: "Sun Li,Bo Ra,10000\n", count: 3_170)) }
        #expect(error?.line == 102)
        #expect(error?.reason == "column 3 (weight): the weights add up to more than 1000000 acts by this row; is this column a weight?")
        // Rows of one record (the same id) count together too.
        #expect(readError { try read("id,from,to,weight\n" + String(repeating: "r1,Sun Li,Bo Ra,10000\n", count: 101)) }?.line == 102)
    }

    @Test func unnamedCellsAreKeptButAreNoParty() throws {
        let records = try read("from,to\nLena Park,unknown\nN.N.,Lena Park\n")
        #expect(records[0].stated?.acts?[0].to == [])
        #expect(records[0].stated?.unnamed == ["unknown"])
        #expect(records[1].stated?.acts?[0].from == [])
        #expect(records[1].stated?.unnamed == ["N.N."])
        // The record keeps the description in its title and summary.
        #expect(records[0].title == "Message, Lena Park to unknown")
        #expect(records[0].summary == "Unnamed: unknown.")
    }

    @Test(arguments: [
        // (table, line, column named in the message)
        ("from,to,date\nA,B,1950\n,,1951\n", 3, "column 1 (from)"),
        ("from,to,date\nA,B,March the 5th\n", 2, "column 3 (date)"),
        ("from,to,date\nA,B,1950-13\n", 2, "column 3 (date)"),
        ("from,to,start,end\nA,B,1950,19x1\n", 2, "column 4 (end)"),
        ("from,to,kind\nA,,conversation\n", 2, "column 1 (from)"),
        ("from,to,line\nA,B,twelve\n", 2, "column 3 (line)"),
        ("from,to\nA,B\nC,D,E\n", 3, "fields"),
    ])
    func badRowsAreErrorsNamingFileLineAndColumn(table: String, line: Int, column: String) {
        let error = readError { try read(table) }
        #expect(error?.source == "edges.csv")
        #expect(error?.line == line)
        #expect(error?.reason.contains(column) == true)
    }

    @Test func aCatalogueTableIsStillReadAsTitles() throws {
        let records = try read("date,title,summary\n1950,\"Letter, Kim to Zhou\",\n")
        #expect(records[0].stated == nil)
        #expect(records[0].title == "Letter, Kim to Zhou")
    }

    @Test func edgeListOnStandardInputIsDetectedByItsHeader() {
        #expect(InputFormat.sniff("absender;empfänger;datum\nx;y;1950") == .csv)
        #expect(InputFormat.sniff("source\ttarget\nx\ty") == .csv)
    }
}
