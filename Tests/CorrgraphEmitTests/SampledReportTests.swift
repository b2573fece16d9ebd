@testable import CorrgraphEmit
@testable import CorrgraphAnalyse
import CorrgraphGraph
import CorrgraphResolve
import Testing

/// A report whose path-based measures were sampled says so in the ranking, with the bounds (issue 10).
@Suite struct SampledReportTests {
    /// Ana → Bo → Chen → Dilnoza, one letter each.
    static var corpus: ResolvedCorpus {
        let names = ["Ana Sousa", "Bo Lindqvist", "Chen Yiming", "Dilnoza Karimova"]
        let people = names.enumerated().map { Correspondent(id: $0.offset, name: $0.element, kind: .person, surfaceForms: [$0.element]) }
        let records = (0..<3).map { ReportFixture.record($0 + 1, "1950-01-0\($0 + 1)", "Letter", messages: [ReportFixture.letter([$0], [$0 + 1])]) }
        return ResolvedCorpus(records: records, correspondents: people)
    }

    static func page(pivots: Int?) -> String {
        let graph = CorrespondenceGraph(corpus: corpus)
        let centrality = CentralityMeasures.compute(graph.weightedDigraph(), conventions: CentralityConventions(pivots: pivots, seed: 1))
        return ReportFixture.section("centrality", of: HTMLReport(title: "Fixture", corpus: corpus, centrality: centrality,
                                                                  intermediaries: [], statistics: PairStatistics.compute(graph, by: .year),
                                                                  diagram: nil, figure: .none).render())
    }

    @Test func sampledMeasuresAreNamedAsEstimates() {
        let sampled = Self.page(pivots: 2)
        #expect(sampled.contains("are estimates from 2 sampled correspondents, not exact values"))
        #expect(sampled.contains("sampledErrorBound"))
        #expect(sampled.contains("estimated from 2 sampled source nodes (Brandes–Pich 2007 pivots, seed 1)"))
    }

    @Test func exactMeasuresSayNothingOfSampling() {
        // Without pivots, and with as many pivots as people (every one searched from: exact).
        for pivots in [nil, 4] as [Int?] {
            let page = Self.page(pivots: pivots)
            #expect(!page.contains("estimates from"))
            #expect(!page.contains("sampledErrorBound"))
            #expect(!page.contains("sampled source nodes"))
        }
    }
}
