CREATE (k:IdempotencyKey {key: $key, operation: $operation, inputHash: $inputHash, result: $result, at: $at})
RETURN k.key AS key
