// An actor's id, kind and every spelling it is known by: name, acronym, aliases, mention spellings.
a.id AS id,
CASE WHEN a:Person THEN 'PERSON' ELSE 'ORGANISATION' END AS kind,
a.name AS name,
[x IN [a.name, a.acronym] + coalesce(a.aliases, []) + split(coalesce(a.searchNames, ''), ' | ') WHERE x IS NOT NULL AND x <> ''] AS names
