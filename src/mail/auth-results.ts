// Moved to src/policy/auth-results.ts (the rules read it, and src/policy imports nothing outside
// itself). This re-export keeps older imports working; new code imports from src/policy.
export * from '../policy/auth-results';
