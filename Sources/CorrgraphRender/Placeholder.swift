import CGraphviz
public enum CorrgraphRender {}
