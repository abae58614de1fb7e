-- The board's and the open reminders' statements before and after branch board16 (issue 16), written as EF writes them
-- with the parameters as literals. Run: psql -d <a seeded database> -f docs/benchmarks-board-explain.sql
\set housing '''{housing}'''
\echo '### OLD: board, overdue and due soon together ($1 OR EXISTS from the query filter), 1,000 rows (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE (false OR EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing))) AND c."Status" <> 'closed' AND c."StepDueAt" IS NOT NULL AND c."DeadlineState" IN ('overdue', 'due-soon') ORDER BY c."StepDueAt" LIMIT 1000;
\echo '### OLD: open reminders ($1 OR EXISTS), 500 rows (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT r."Id", c."Number" FROM cases."SupervisionReminders" r JOIN cases."Cases" c ON r."CaseId" = c."Id" WHERE (false OR EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing))) AND c."Step" = r."Step" AND c."StepDueAt" = r."DueAt" ORDER BY r."RaisedAt" DESC LIMIT 500;

\echo '### NEW: board, overdue, capped count (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM (SELECT c."Id" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'overdue' AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing)) LIMIT 1001) t;
\echo '### NEW: board, overdue, first page of 50 with its assignments (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c0."Id", c0."Number", a0."BodyCode" FROM (SELECT c."Id", c."Number", c."StepDueAt" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'overdue' AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing)) ORDER BY c."StepDueAt", c."Id" LIMIT 50) c0 LEFT JOIN cases."CaseAssignments" a0 ON c0."Id" = a0."CaseId" ORDER BY c0."StepDueAt", c0."Id";
SELECT c."StepDueAt" AS at, c."Id" AS id FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'overdue' AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing)) ORDER BY c."StepDueAt", c."Id" OFFSET 10000 LIMIT 1 \gset
\echo '### NEW: board, overdue, page 201 by cursor (10,000 rows in; housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c0."Id", c0."Number", a0."BodyCode" FROM (SELECT c."Id", c."Number", c."StepDueAt" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'overdue' AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing)) AND c."StepDueAt" >= :'at' AND (c."StepDueAt" <> :'at' OR c."StepDueAt" IS NULL OR c."Id" > :'id') ORDER BY c."StepDueAt", c."Id" LIMIT 50) c0 LEFT JOIN cases."CaseAssignments" a0 ON c0."Id" = a0."CaseId" ORDER BY c0."StepDueAt", c0."Id";
\echo '### NEW: board, due soon, first page (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'due-soon' AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing)) ORDER BY c."StepDueAt", c."Id" LIMIT 50;
\echo '### NEW: board, overdue, first page, joint office (no scope predicate)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'overdue' ORDER BY c."StepDueAt", c."Id" LIMIT 50;
\echo '### NEW: board, overdue, first page, a township (engebei-town)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT c."Id", c."Number" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'overdue' AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY('{engebei-town}')) ORDER BY c."StepDueAt", c."Id" LIMIT 50;
\echo '### NEW: board, the page reminders by the page ids (50 ids)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT r."CaseId", r."Step", r."DueAt", r."BodyCode" FROM cases."SupervisionReminders" r WHERE r."CaseId" IN (SELECT c."Id" FROM cases."Cases" c WHERE c."StepDueAt" IS NOT NULL AND c."Status" <> 'closed' AND c."DeadlineState" = 'overdue' ORDER BY c."StepDueAt", c."Id" LIMIT 50);

\echo '### NEW: open reminders, capped count (housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT count(*) FROM (SELECT r."Id" FROM cases."SupervisionReminders" r JOIN cases."Cases" c ON r."CaseId" = c."Id" WHERE EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing)) AND c."Step" = r."Step" AND c."StepDueAt" = r."DueAt" LIMIT 1001) t;
\echo '### NEW: open reminders, first page: 200 candidates along (RaisedAt, Id), index only'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT r."RaisedAt", r."Id" FROM cases."SupervisionReminders" r ORDER BY r."RaisedAt" DESC, r."Id" DESC LIMIT 200;
\echo '### NEW: open reminders, first page: the candidates checked by primary key (scope, still open; housing clerk)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT r."Id", r."CaseId", c."Number", r."BodyCode", r."Step", r."DueAt", r."RaisedAt" FROM cases."SupervisionReminders" r JOIN cases."Cases" c ON r."CaseId" = c."Id" WHERE r."Id" = ANY (ARRAY(SELECT r2."Id" FROM cases."SupervisionReminders" r2 ORDER BY r2."RaisedAt" DESC, r2."Id" DESC LIMIT 200)) AND EXISTS (SELECT 1 FROM cases."CaseAssignments" a WHERE c."Id" = a."CaseId" AND a."BodyCode" = ANY(:housing)) AND c."Step" = r."Step" AND c."StepDueAt" = r."DueAt";
SELECT r."RaisedAt" AS rat, r."Id" AS rid FROM cases."SupervisionReminders" r ORDER BY r."RaisedAt" DESC, r."Id" DESC OFFSET 30000 LIMIT 1 \gset
\echo '### NEW: open reminders, a deep page: 200 candidates after a cursor 30,000 reminders in'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT r."RaisedAt", r."Id" FROM cases."SupervisionReminders" r WHERE r."RaisedAt" <= :'rat' AND (r."RaisedAt" <> :'rat' OR r."Id" < :'rid') ORDER BY r."RaisedAt" DESC, r."Id" DESC LIMIT 200;
\echo '### NEW: open reminders, first page, joint office: the candidates checked by primary key (still open)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) SELECT r."Id", c."Number" FROM cases."SupervisionReminders" r JOIN cases."Cases" c ON r."CaseId" = c."Id" WHERE r."Id" = ANY (ARRAY(SELECT r2."Id" FROM cases."SupervisionReminders" r2 ORDER BY r2."RaisedAt" DESC, r2."Id" DESC LIMIT 200)) AND c."Step" = r."Step" AND c."StepDueAt" = r."DueAt";
