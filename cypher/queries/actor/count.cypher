// Each branch is answered from the count store, never by scanning a label.
RETURN CASE $label
  WHEN 'Person' THEN COUNT { (:Person) }
  WHEN 'Organisation' THEN COUNT { (:Organisation) }
  ELSE COUNT { (:Actor) }
END AS count
