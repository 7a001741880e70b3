/** One line per command, for `vennskap --help` and each command's own help (kept apart so the help list loads no command). */
export const COMMAND_SUMMARIES = {
  start: 'The main job on the built-in Norway data: summary, hubs, country clusters, report, viewer.',
  rank: 'Rank the most-connected places by a metric.',
  clusters: 'Find communities (Louvain): size, hubs, countries, share of links; modularity and stability over seeds.',
  town: 'Everything about one place: all partners, ended ones marked, with years, tags and source lines; metrics and ranks; cluster.',
  report: 'Write a report as report.md and a standalone report.html with SVG charts: of the Norway data, of the world data (--dataset world), or of your own network (--input).',
  stats: 'Network-level figures: size, density, components, diameter, clustering, assortativity, modularity.',
  export: 'Export a network with metrics and communities: GEXF (Gephi, Gephi Lite), GraphML (yEd, Cytoscape), CSV, graphology JSON, Neo4j import CSVs.',
  distances: 'Great-circle distances of the partnerships, nearest and farthest, and a null model of proximity.',
  rings: 'Friendship rings: groups of places in 3+ countries all twinned with one another, and groups one link short of it.',
  crosscheck: 'Which links both the seed page and Wikipedia state, and which only one of them: by municipality, with file:line on both sides.',
  data: 'Rebuild the dataset (places, mentions, links, diagnostics, resolutions) from data/raw/ and the resolution tables.',
} as const;

export type CommandName = keyof typeof COMMAND_SUMMARIES;
