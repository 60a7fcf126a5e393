export const PERSISTENCE = 'persistence';
