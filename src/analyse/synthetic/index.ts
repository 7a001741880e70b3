export {
  generatePlantedPartition,
  formatEdgeList,
  type PlantedPartitionGraph,
  type PlantedPartitionOptions,
} from './planted-partition.ts';
