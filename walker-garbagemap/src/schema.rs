//! The SQL the plugin maintains in the powa database: its tables, the
//! `garbagemap` view, `garbagemap_ranges(regclass)` and the SVG picture.
//! Run at every startup (idempotent), so a new version replaces the view and
//! the functions.

pub const STATEMENTS: &[&str] = &[
    "CREATE TABLE IF NOT EXISTS garbagemap_relation (
        tablespace   oid NOT NULL,
        database     oid NOT NULL,
        relfilenode  oid NOT NULL,
        range_blocks integer NOT NULL,
        dead         bigint[] NOT NULL,
        updated_at   timestamptz NOT NULL,
        PRIMARY KEY (tablespace, database, relfilenode))",
    "CREATE TABLE IF NOT EXISTS garbagemap_state (
        id         integer PRIMARY KEY CHECK (id = 1),
        state      bytea NOT NULL,
        updated_at timestamptz NOT NULL)",
    // The WAL records garbagemap failed on, as the host counts them. A
    // function, not a view's subquery: a view reading powa_plugins would
    // make DROP EXTENSION powa fail (a function body is no dependency).
    "CREATE OR REPLACE FUNCTION garbagemap_missed_records() RETURNS bigint
     LANGUAGE sql STABLE AS $$
       SELECT coalesce((SELECT failed_records FROM powa_plugins WHERE name = 'garbagemap'), 0)
     $$",
    // Relation files are named by number in WAL; pg_filenode_relation maps
    // the current number to the table, also after a rewrite changed it.
    "CREATE OR REPLACE VIEW garbagemap AS
     SELECT n.nspname AS schema,
            c.relname AS \"table\",
            c.oid::regclass AS relation,
            coalesce((SELECT sum(d) FROM unnest(g.dead) d), 0)::bigint AS dead_tuples,
            cardinality(g.dead) AS ranges,
            g.range_blocks,
            g.updated_at AS last_update,
            -- WAL records garbagemap failed on: the estimates miss them
            garbagemap_missed_records() AS missed_records
       FROM garbagemap_relation g
       JOIN pg_database db ON db.oid = g.database AND db.datname = current_database()
       JOIN pg_class c ON c.oid = pg_filenode_relation(
                CASE WHEN g.tablespace = db.dattablespace THEN 0 ELSE g.tablespace END, g.relfilenode)
       JOIN pg_namespace n ON n.oid = c.relnamespace",
    "CREATE OR REPLACE FUNCTION garbagemap_ranges(rel regclass)
     RETURNS TABLE (range_number integer, first_block bigint, last_block bigint, dead_tuples bigint)
     LANGUAGE sql STABLE AS $$
       WITH g AS (
         SELECT g.range_blocks, g.dead
           FROM garbagemap_relation g
           JOIN pg_database db ON db.oid = g.database AND db.datname = current_database()
          WHERE pg_filenode_relation(
                  CASE WHEN g.tablespace = db.dattablespace THEN 0 ELSE g.tablespace END, g.relfilenode) = rel),
       shape AS (
         SELECT coalesce((SELECT range_blocks FROM g),
                         coalesce(nullif(current_setting('garbagemap.range_blocks', true), ''), '128')::integer) AS range_blocks,
                pg_relation_size(rel) / current_setting('block_size')::bigint AS blocks)
       SELECT r::integer,
              r * s.range_blocks,
              greatest(least((r + 1) * s.range_blocks, s.blocks) - 1, r * s.range_blocks),
              coalesce((SELECT g.dead[r + 1] FROM g), 0)
         FROM shape s,
              generate_series(0, greatest(ceil(s.blocks::numeric / s.range_blocks)::bigint,
                                          coalesce((SELECT cardinality(dead) FROM g), 0)) - 1) r
     $$",
    "CREATE OR REPLACE FUNCTION garbagemap_svg(rel regclass)
     RETURNS text
     LANGUAGE sql STABLE AS $$
       WITH r AS (SELECT * FROM garbagemap_ranges(rel)),
            m AS (SELECT greatest(coalesce(max(dead_tuples), 0), 1) AS top,
                         coalesce(sum(dead_tuples), 0) AS total, count(*) AS n,
                         garbagemap_missed_records() AS missed
                    FROM r),
            cells AS (
              SELECT format('<rect x=\"%s\" y=\"%s\" width=\"14\" height=\"14\" stroke=\"#ccc\" fill=\"rgb(255,%s,%s)\"><title>range %s, blocks %s-%s: %s dead tuples</title></rect>',
                            20 + (range_number % 32) * 16, 70 + (range_number / 32) * 16,
                            255 - dead_tuples * 255 / m.top, 255 - dead_tuples * 255 / m.top,
                            range_number, first_block, last_block, dead_tuples) AS cell
                FROM r, m)
       SELECT format('<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%s\" height=\"%s\" font-family=\"sans-serif\" font-size=\"12\">',
                     20 + 32 * 16 + 20, 70 + ((m.n + 31) / 32) * 16 + 20)
           || '<rect width=\"100%\" height=\"100%\" fill=\"white\"/>'
           || format('<text x=\"20\" y=\"24\" font-size=\"16\">Dead tuples of %s by block range</text>',
                     replace(replace(replace(rel::text, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'))
           || format('<text x=\"20\" y=\"46\">%s dead tuples in %s ranges; darkest red: %s in one range; white: none%s</text>',
                     m.total, m.n, m.top,
                     CASE WHEN m.missed > 0
                          THEN format(' (incomplete: %s WAL records could not be read)', m.missed) ELSE '' END)
           || coalesce((SELECT string_agg(cell, '') FROM cells), '')
           || '</svg>'
         FROM m
     $$",
];
