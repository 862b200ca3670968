/**
 * A wrong question, said for a person: {@link org.burdenshare.core.errors.InvalidQueryException}
 * with the closest names ({@link org.burdenshare.core.errors.Suggestions}) and what would answer
 * instead ({@link org.burdenshare.core.errors.Remedy}); the wording of syntax errors in group
 * expressions ({@link org.burdenshare.core.errors.SyntaxMessages}). Every package of core may use
 * them; they use none of core's.
 */
package org.burdenshare.core.errors;
