export * from './commandFunction.js';
export * from './createManagementReview.js';
