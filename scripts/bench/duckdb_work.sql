-- The workshop statistics with the DuckDB CLI (all cores), for scripts/bench.sh.
--
--   BENCH_CSV=FILE.csv duckdb -f scripts/bench/duckdb_work.sql
--
-- Reads a digikomp workshop CSV (`;`, UTF-8 with a BOM), keeps each respondent's
-- latest record (by date: a DATE when the sniffer finds only days, else ISO text; on
-- the same date, the later one in the file)
-- and prints the figures as one JSON line in the shape scripts/bench/agree.py
-- reads. The statement columns are the three-digit headers; a code's first digit
-- is its area. Ties of statement means go to the lower code (the file's order for
-- the bundled set).
.mode list
.headers off

-- The sniffer types the columns (date as DATE, ratings as BIGINT): 0.6 s faster at
-- 1M rows than all_varchar and casts.
CREATE TEMP TABLE input AS
SELECT respondent, date, COLUMNS('^[0-9]{3}$')
FROM read_csv(getenv('BENCH_CSV'), delim = ';', header = true);

-- rowid is the order of insertion, which is the file's order.
CREATE TEMP TABLE latest AS
SELECT * FROM (SELECT rowid AS row, * FROM input)
QUALIFY row_number() OVER (PARTITION BY respondent ORDER BY date DESC NULLS LAST, row DESC) = 1;

-- One row per answered rating (UNPIVOT leaves out the empty cells), the person
-- named by the row number: 8M rows at 1M records, where the respondent's text
-- costs another 0.8 s.
CREATE TEMP TABLE ratings AS
SELECT row AS respondent, code, left(code, 1)::INTEGER AS area, v::TINYINT AS v
FROM (UNPIVOT (SELECT row, COLUMNS('^[0-9]{3}$') FROM latest)
      ON COLUMNS('^[0-9]{3}$') INTO NAME code VALUE v);

CREATE TEMP TABLE statements AS
SELECT code, count(v) AS n, avg(v) AS mean, median(v)::DOUBLE AS median,
       stddev_samp(v) AS sd,
       [count_if(v = 1), count_if(v = 2), count_if(v = 3), count_if(v = 4),
        count_if(v = 5), count_if(v = 6), count_if(v = 7)] AS distribution,
       count_if(v >= 6) / count(v) AS share_high,
       count_if(v <= 3) / count(v) AS share_low
FROM ratings GROUP BY code;

CREATE TEMP TABLE areas AS
WITH person AS (SELECT respondent, area, avg(v) AS m FROM ratings GROUP BY ALL),
     spread AS (SELECT area, count(m) AS n, avg(m) AS mean, median(m) AS median,
                       stddev_samp(m) AS sd FROM person GROUP BY area),
     shares AS (SELECT area, count_if(v >= 6) / count(v) AS share_high,
                       count_if(v <= 3) / count(v) AS share_low FROM ratings GROUP BY area)
SELECT * FROM spread JOIN shares USING (area);

CREATE TEMP TABLE overall AS
WITH person AS (SELECT respondent, avg(v) AS m FROM ratings GROUP BY respondent)
SELECT count(m) AS n, avg(m) AS mean, median(m) AS median, stddev_samp(m) AS sd FROM person;

SELECT json_object(
  'engine', 'duckdb ' || version(),
  'respondents', (SELECT count(*) FROM latest),
  'statements', (SELECT to_json(list(s ORDER BY code)) FROM statements s),
  'areas', (SELECT to_json(list(a ORDER BY area)) FROM areas a),
  'overall', (SELECT to_json(o) FROM overall o),
  'priorities', (SELECT to_json(list(code ORDER BY mean, code))
                 FROM (SELECT code, mean FROM statements ORDER BY mean, code LIMIT 5))
);
