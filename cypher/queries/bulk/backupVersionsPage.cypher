// One page of kept source texts (:SourceVersion, outside :Node) for a backup, in id order,
// with their VERSION_OF link; the same columns and value checks as bulk/backupNodesPage.
MATCH (n:SourceVersion)
WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props,
  [k IN keys(n) WHERE valueType(n[k]) CONTAINS 'FLOAT'] AS floats,
  [k IN keys(n) WHERE NOT valueType(n[k]) =~ '(STRING|INTEGER|FLOAT|BOOLEAN|LIST<(STRING|INTEGER|FLOAT|BOOLEAN) NOT NULL>|LIST<NOTHING>)( NOT NULL)?'] AS unsupported,
  COLLECT {
    MATCH (n)-[r]->(m)
    RETURN {type: type(r), to: m.id, props: properties(r),
      floats: [k IN keys(r) WHERE valueType(r[k]) CONTAINS 'FLOAT']}
  } AS rels
