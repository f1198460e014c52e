MATCH (k:IdempotencyKey {key: $key})
RETURN k.operation AS operation, k.inputHash AS inputHash, k.result AS result
