public enum CorrgraphAnalyse {}
