// Types for the parser factories inside graphology-gexf and graphology-graphml.
// Their package entry points bind the factory to a DOMParser themselves; the
// readers call the factory with our own xmldom build, so that both the
// command line and the browser parse with the same, strictly checked parser
// (see parse-xml-document.ts).
declare module 'graphology-gexf/common/parser.js' {
  import type Graph from 'graphology';
  type ParseFunction = (
    Graph: new (options?: object) => Graph,
    source: string | Document,
    options?: { addMissingNodes?: boolean; allowUndeclaredAttributes?: boolean; respectInputGraphType?: boolean },
  ) => Graph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => ParseFunction;
  export default createParserFunction;
}

declare module 'graphology-graphml/common/parser.js' {
  import type Graph from 'graphology';
  type ParseFunction = (
    Graph: new (options?: object) => Graph,
    source: string | Document,
    options?: { addMissingNodes?: boolean },
  ) => Graph;
  const createParserFunction: (DOMParser: unknown, Document: unknown) => ParseFunction;
  export default createParserFunction;
}
